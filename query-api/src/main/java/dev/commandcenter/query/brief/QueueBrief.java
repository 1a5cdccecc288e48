package dev.commandcenter.query.brief;

import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.cron.QueueRow;
import dev.commandcenter.query.tasks.Lane;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.query.tasks.TaskBoardView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Queue pressure: tasks pending in the task queue (and how old the oldest is) and issues nobody is
 * assigned to. A queue whose oldest pending task waits longer than {@link #PENDING_TOO_LONG}, or
 * that recorded errors, is amber.
 */
@ApplicationScoped
public class QueueBrief implements BriefContributor {

    static final Duration PENDING_TOO_LONG = Duration.ofMinutes(30);

    private final CronStateProjection cron;
    private final TaskBoardProjection tasks;

    @Inject
    public QueueBrief(CronStateProjection cron, TaskBoardProjection tasks) {
        this.cron = cron;
        this.tasks = tasks;
    }

    @Override
    public BriefArea area() {
        return BriefArea.QUEUE;
    }

    @Override
    public BriefPart part(Instant at) {
        var huey = cron.at(at);
        TaskBoardView board = tasks.at(at);
        var sources = new ArrayList<>(huey.sources().stream()
                .filter(s -> KnownSource.HUEY.is(s.source()))
                .toList());
        sources.add(board.source());
        PartBuilder part = new PartBuilder(BriefArea.QUEUE, "/cron");
        part.sources(sources);
        int pending = 0;
        Instant oldest = null;
        for (QueueRow queue : huey.queues()) {
            part.row(queue.observedAt(), queue.freshness());
            pending += queue.pending();
            if (queue.oldestPendingAt() != null
                    && (oldest == null || queue.oldestPendingAt().isBefore(oldest))) {
                oldest = queue.oldestPendingAt();
            }
            List<String> why = new ArrayList<>();
            if (queue.oldestPendingAt() != null
                    && Duration.between(queue.oldestPendingAt(), at).compareTo(PENDING_TOO_LONG) > 0) {
                why.add("oldest pending task waits " + Ages.describe(Duration.between(queue.oldestPendingAt(), at)));
            }
            if (queue.errorsInWindow() != null && queue.errorsInWindow() > 0) {
                why.add(queue.errorsInWindow() + " task errors recently");
            }
            if (!why.isEmpty()) {
                part.add(
                        Health.AMBER,
                        "queue " + queue.queue() + ": " + queue.pending() + " pending",
                        String.join("; ", why),
                        "/cron#queue-" + Anchors.of(queue.queue()),
                        KnownSource.HUEY.sourceName(),
                        queue.freshness(),
                        queue.observedAt());
            }
        }
        int unassigned = board.lanes().stream()
                .filter(c -> c.lane() == Lane.UNASSIGNED)
                .mapToInt(TaskBoardView.Column::count)
                .sum();
        String summary = pending + " tasks pending"
                + (oldest == null ? "" : " (oldest " + Ages.describe(Duration.between(oldest, at)) + ")")
                + ", " + unassigned + " unassigned issues";
        return part.build(PartBuilder.anyConfigured(sources), summary);
    }
}
