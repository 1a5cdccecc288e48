package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import dev.commandcenter.query.reviews.ReviewQueueView;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pull request's review-queue status ({@code ReviewStatus}) over time, as the review queue judged
 * it; subject is the log key, e.g. {@code gitea:pr:acme/tools#42}. A pull request that leaves the
 * queue (merged or closed) keeps its last status in history.
 */
@Singleton
public class PullRequestTimeline extends ViewTimeline {

    private final ReviewQueueProjection reviews;
    private volatile ReviewQueueView last;

    @Inject
    public PullRequestTimeline(ChangeInstants changes, ReviewQueueProjection reviews) {
        super(changes);
        this.reviews = reviews;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.PR;
    }

    @Override
    List<String> sources() {
        return ReviewQueueProjection.INPUTS;
    }

    @Override
    boolean input(Observation o, Optional<String> subject) {
        if (!ReviewQueueProjection.input(o)) {
            return false;
        }
        return subject.map(pr -> o.subject().equals(pr) || !SubjectKey.GITEA_PR.matches(o.subject()))
                .orElse(true);
    }

    @Override
    Map<String, String> statesAt(Instant at) {
        return ReviewQueueProjection.states(viewAt(at));
    }

    /** A pull request goes stale the instant its last activity is older than the idle bound. */
    @Override
    Optional<Instant> nextDeadline(Instant at) {
        return reviews.nextDeadline(viewAt(at));
    }

    /** The queue at an instant; the last one is kept, since its states and its deadline are asked in turn. */
    private ReviewQueueView viewAt(Instant at) {
        ReviewQueueView known = last;
        if (known != null && known.at().equals(at)) {
            return known;
        }
        ReviewQueueView view = reviews.unmarked(at, ReviewQueueQuery.ALL);
        last = view;
        return view;
    }
}
