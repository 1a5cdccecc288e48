package dev.commandcenter.query.cron;

import dev.commandcenter.fact.HueyConsumerFact;
import dev.commandcenter.fact.HueyQueueFact;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.List;

/** {@code HueyQueueRead} and {@code HueyConsumerRead} facts to rows. */
final class QueueRows {

    private QueueRows() {}

    static QueueRow queue(
            Observation observation, HueyQueueFact queue, SourceStatus status, Instant at, Thresholds thresholds) {
        HueyQueueFact.History history = queue.history();
        Integer errorsInWindow = null;
        List<String> inflight = List.of();
        if (history != null) {
            Instant from = at.minus(thresholds.errorWindow());
            errorsInWindow = (int) history.recentErrors().stream()
                    .map(HueyQueueFact.ErrorEvent::at)
                    .filter(when -> when != null && !when.isBefore(from) && !when.isAfter(at))
                    .count();
            inflight = history.inflight().stream()
                    .map(t -> t.task() + " " + t.taskId() + " since " + t.startedAt())
                    .toList();
        }
        RowFreshness freshness = RowFreshness.of(status, observation);
        return new QueueRow(
                observation.subject(),
                queue.queue(),
                queue.pending(),
                queue.pendingByTask(),
                queue.oldestPendingEnqueuedAt(),
                queue.scheduled(),
                queue.nextEta(),
                queue.errorResults(),
                errorsInWindow,
                queue.locks(),
                queue.revocations(),
                inflight,
                queue.undecodable(),
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason());
    }

    static ConsumerRow consumer(Observation observation, HueyConsumerFact consumer, SourceStatus status) {
        HueyConsumerFact.RunningTask running = consumer.runningTask();
        RowFreshness freshness = RowFreshness.of(status, observation);
        return new ConsumerRow(
                observation.subject(),
                consumer.logFile(),
                consumer.pid(),
                consumer.process(),
                consumer.exited(),
                consumer.startedAt(),
                consumer.lastLineAt(),
                running == null ? null : running.task() + " " + running.id(),
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason());
    }
}
