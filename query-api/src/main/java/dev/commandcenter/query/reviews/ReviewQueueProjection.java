package dev.commandcenter.query.reviews;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.ViewSnapshots;
import dev.commandcenter.query.gitea.GiteaSubjects;
import dev.commandcenter.query.gitea.RepositoryFreshness;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Folds the Gitea pull requests in the log into the review queue at an instant. */
@ApplicationScoped
public class ReviewQueueProjection {

    /** The sources the view draws on. */
    public static final List<String> INPUTS = List.of(GiteaSubjects.SOURCE);

    private final LogReader log;
    private final SourcesProjection sources;
    private final ReviewRules rules;
    private final Duration idleAfter;
    private final FlappingSubjects flapping;
    private final ViewSnapshots snapshots;

    public ReviewQueueProjection(
            LogReader log, SourcesProjection sources, GiteaViewConfig config, FlappingSubjects flapping) {
        this(log, sources, config, flapping, ViewSnapshots.NONE);
    }

    @Inject
    public ReviewQueueProjection(
            LogReader log,
            SourcesProjection sources,
            GiteaViewConfig config,
            FlappingSubjects flapping,
            ViewSnapshots snapshots) {
        this.log = log;
        this.sources = sources;
        ReviewPolicy policy = ReviewPolicy.from(config);
        this.rules = new ReviewRules(policy);
        this.idleAfter = policy.idleAfter();
        this.flapping = flapping;
        this.snapshots = snapshots;
    }

    /** The queue at an instant, each pull request marked flapping when its status changed too often before it. */
    public ReviewQueueView at(Instant at, ReviewQueueQuery query) {
        return snapshots.at("review-queue " + query, at, t -> marked(t, query));
    }

    private ReviewQueueView marked(Instant at, ReviewQueueQuery query) {
        ReviewQueueView view = unmarked(at, query);
        Set<String> flaps = flapping.at(
                SubjectKind.PR,
                INPUTS,
                ReviewQueueProjection::input,
                at,
                t -> states(unmarked(t, ReviewQueueQuery.ALL)));
        if (flaps.isEmpty()) {
            return view;
        }
        return new ReviewQueueView(
                view.at(),
                view.source(),
                view.repositories(),
                view.totals(),
                view.byClassification(),
                view.filter(),
                view.rows().stream()
                        .map(r -> r.withFlapping(flaps.contains(r.subject())))
                        .toList());
    }

    /** Whether an observation can change some pull request's status: pull requests and repositories, not issues. */
    public static boolean input(Observation o) {
        return !SubjectKey.GITEA_ISSUE.matches(o.subject());
    }

    /** Each pull request's status by subject, as wire names. */
    public static Map<String, String> states(ReviewQueueView view) {
        Map<String, String> states = new TreeMap<>();
        view.rows().forEach(r -> states.put(r.subject(), r.status().wire()));
        return states;
    }

    /**
     * When time alone next changes a pull request's status in this queue: one not blocked nor already
     * stale goes stale the instant its last activity is older than the idle bound; empty when none will.
     */
    public Optional<Instant> nextDeadline(ReviewQueueView view) {
        Instant next = null;
        for (ReviewRow row : view.rows()) {
            if (row.status() != ReviewStatus.BLOCKED
                    && row.status() != ReviewStatus.STALE
                    && row.lastActivity() != null) {
                Instant due = row.lastActivity().plus(idleAfter).plusNanos(1);
                if (due.isAfter(view.at()) && (next == null || due.isBefore(next))) {
                    next = due;
                }
            }
        }
        return Optional.ofNullable(next);
    }

    /** The queue at an instant as its rows judge it, without the flapping marks (which are judged from these). */
    public ReviewQueueView unmarked(Instant at, ReviewQueueQuery query) {
        GiteaSubjects subjects = GiteaSubjects.of(log.latestAt(GiteaSubjects.SOURCE, at));
        return fold(rules, subjects, sources.status(GiteaSubjects.SOURCE, at), at, query);
    }

    /** The pure part: subjects and the source's status in, the view out. */
    public static ReviewQueueView fold(
            ReviewRules rules, GiteaSubjects subjects, SourceStatus gitea, Instant at, ReviewQueueQuery query) {
        RepositoryFreshness freshness = new RepositoryFreshness(gitea, subjects.repos());
        List<ReviewRow> rows = new ArrayList<>();
        subjects.pulls().forEach((subject, pr) -> {
            ReviewRow row = rules.row(subject, pr, freshness.of(SubjectKey.repoOf(subject)), at);
            if (query.admits(row)) {
                rows.add(row);
            }
        });
        rows.sort(query.order());
        List<ReviewQueueView.Count<ReviewStatus>> totals = new ArrayList<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            totals.add(new ReviewQueueView.Count<>(status, (int)
                    rows.stream().filter(r -> r.status() == status).count()));
        }
        List<ReviewQueueView.Count<Classification>> classes = new ArrayList<>();
        for (Classification c : Classification.values()) {
            classes.add(new ReviewQueueView.Count<>(
                    c, (int) rows.stream().filter(r -> r.classification() == c).count()));
        }
        return new ReviewQueueView(at, gitea, List.copyOf(freshness.all().values()), totals, classes, query, rows);
    }
}
