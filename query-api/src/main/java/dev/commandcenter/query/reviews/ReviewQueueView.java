package dev.commandcenter.query.reviews;

import dev.commandcenter.query.gitea.RepositoryStatus;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.List;

/**
 * The review queue at one instant: the REST body and the page model.
 *
 * @param at               the instant the view was computed for
 * @param source           the Gitea source's status; unknown/stale/degraded says the rows cannot be trusted as current
 * @param repositories     each watched repository's freshness
 * @param totals           rows listed, per status (every status, zeros included)
 * @param byClassification rows listed, per classification
 * @param filter           the filters and order applied
 * @param rows             the pull requests listed
 */
public record ReviewQueueView(
        Instant at,
        SourceStatus source,
        List<RepositoryStatus> repositories,
        List<Count<ReviewStatus>> totals,
        List<Count<Classification>> byClassification,
        ReviewQueueQuery filter,
        List<ReviewRow> rows) {

    /** How many listed rows have one value. */
    public record Count<T>(T value, int count) {}
}
