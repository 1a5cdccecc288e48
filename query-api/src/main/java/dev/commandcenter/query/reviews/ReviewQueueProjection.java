package dev.commandcenter.query.reviews;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;


/** Folds the Gitea pull requests in the log into the review queue at an instant. */
@ApplicationScoped
public class ReviewQueueProjection {

    private final LogReader log;
    private final SourcesProjection sources;
    private final ReviewRules rules;

    @Inject
    public ReviewQueueProjection(LogReader log, SourcesProjection sources, GiteaViewConfig config) {
        this.log = log;
        this.sources = sources;
        this.rules = new ReviewRules(ReviewPolicy.from(config));
    }

    public ReviewQueueView at(Instant at, ReviewQueueQuery query) {
        GiteaSubjects subjects = GiteaSubjects.of(log.latestAt(GiteaSubjects.SOURCE, at));
        return fold(rules, subjects, sources.status(GiteaSubjects.SOURCE, at), at, query);
    }

    /** The pure part: subjects and the source's status in, the view out. */
    public static ReviewQueueView fold(ReviewRules rules, GiteaSubjects subjects, SourceStatus gitea, Instant at,
            ReviewQueueQuery query) {
        RepositoryFreshness freshness = new RepositoryFreshness(gitea, subjects.repos());
        List<ReviewRow> rows = new ArrayList<>();
        subjects.pulls().forEach((subject, pr) -> {
            ReviewRow row = rules.row(subject, pr, freshness.of(GiteaSubjects.repoOf(subject)), at);
            if (query.admits(row)) {
                rows.add(row);
            }
        });
        rows.sort(query.order());
        List<ReviewQueueView.Count<ReviewStatus>> totals = new ArrayList<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            totals.add(new ReviewQueueView.Count<>(status, (int) rows.stream().filter(r -> r.status() == status).count()));
        }
        List<ReviewQueueView.Count<Classification>> classes = new ArrayList<>();
        for (Classification c : Classification.values()) {
            classes.add(new ReviewQueueView.Count<>(c, (int) rows.stream().filter(r -> r.classification() == c).count()));
        }
        return new ReviewQueueView(at, gitea, List.copyOf(freshness.all().values()), totals, classes, query, rows);
    }

}
