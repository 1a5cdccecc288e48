package dev.commandcenter.query.cron;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Queue pressure of one Huey instance.
 *
 * @param subject          {@code huey:queue:<name>}
 * @param queue            the Huey instance's name
 * @param pending          tasks waiting (revoked ones included, as Huey counts them)
 * @param pendingByTask    pending tasks per task name
 * @param oldestPendingAt  when the oldest pending task was enqueued, if the stats tables tell
 * @param scheduled        tasks waiting for their ETA (or for a retry)
 * @param nextEta          the soonest of those ETAs
 * @param errorResults     stored error results
 * @param errorsInWindow   error events within the configured window (from the stats tables); null if unknown
 * @param locks            held task locks ({@code lock_task}); a lock outliving its consumer blocks the task
 * @param revocations      revoked tasks or task classes
 * @param inflight         tasks started and never finished, per the stats tables
 * @param undecodable      messages that could not be decoded (counted, not fatal)
 * @param observedAt       when the collector last saw this queue change
 * @param freshness        how far the row can be trusted now
 * @param freshnessReason  why it is not live; null when live
 */
public record QueueRow(
        String subject,
        String queue,
        int pending,
        Map<String, Integer> pendingByTask,
        Instant oldestPendingAt,
        int scheduled,
        Instant nextEta,
        int errorResults,
        Integer errorsInWindow,
        List<String> locks,
        int revocations,
        List<String> inflight,
        int undecodable,
        Instant observedAt,
        Freshness freshness,
        String freshnessReason) {}
