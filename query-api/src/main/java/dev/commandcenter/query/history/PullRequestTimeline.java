package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
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
        return subject.map(pr -> o.subject().equals(pr) || !o.subject().startsWith("gitea:pr:")).orElse(true);
    }

    @Override
    Map<String, String> statesAt(Instant at) {
        return ReviewQueueProjection.states(reviews.unmarked(at, ReviewQueueQuery.ALL));
    }
}
