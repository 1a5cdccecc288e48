package dev.commandcenter.query.tasks;

import dev.commandcenter.query.gitea.RepositoryStatus;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.List;

/**
 * The task board at one instant: the REST body and the page model.
 *
 * @param source       the Gitea source's status
 * @param claims       the heartbeats source's status: agent claims are only as fresh as it is
 * @param repositories each watched repository's freshness
 * @param lanes        every lane, in order, with its cards (empty lanes included)
 */
public record TaskBoardView(
        Instant at, SourceStatus source, SourceStatus claims, List<RepositoryStatus> repositories, List<Column> lanes) {

    /** One lane and its cards. */
    public record Column(Lane lane, int count, List<TaskCard> cards) {}
}
