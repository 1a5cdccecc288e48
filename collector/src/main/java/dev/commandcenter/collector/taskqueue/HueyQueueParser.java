package dev.commandcenter.collector.taskqueue;

import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds a Huey store's rows into one {@code HueyQueueRead} per Huey instance ({@code huey:queue:<name>}):
 * pending and scheduled tasks, results and error results, revocations, locks, counters and, where
 * the stats tables exist, run history. A blob that cannot be decoded is counted, not fatal.
 */
final class HueyQueueParser {

    static final String KIND = "HueyQueueRead";
    static final int LISTED = 50;

    private HueyQueueParser() {}

    static List<SubjectSeen> parse(HueyRows rows, Optional<HueyRows.Stats> stats, ZoneId writerZone) {
        Map<String, QueueTally> queues = new TreeMap<>();
        rows.tasks().forEach(t -> queue(queues, t.queue()).pending(t));
        rows.schedule().forEach(s -> queue(queues, s.queue()).scheduled(s, writerZone));
        rows.kv().forEach(kv -> queue(queues, kv.queue()).kv(kv));
        rows.counters().forEach(c -> queue(queues, c.queue()).counters.put(c.key(), c.value()));
        stats.ifPresent(s -> {
            s.totals().forEach(t -> queue(queues, t.queue()));
            queues.values().forEach(q -> q.stats(s));
        });
        List<SubjectSeen> seen = new ArrayList<>();
        queues.forEach((name, q) -> seen.add(new SubjectSeen(SubjectKey.HUEY_QUEUE.of(name), KIND, null, q.payload())));
        return seen;
    }

    /** The pending tasks' ids of every queue, for their enqueue times in the stats tables. */
    static List<String> pendingIds(HueyRows rows) {
        List<String> ids = new ArrayList<>();
        for (HueyRows.Task task : rows.tasks()) {
            try {
                ids.add(HueyPickles.message(task.data()).id());
            } catch (HueyPickles.Undecodable e) {
                // counted when the queue is parsed
            }
        }
        return ids;
    }

    /** The {@code schedule.timestamp} column is the naive-UTC ETA's {@code .timestamp()} taken as the writer's local time. */
    static Instant columnEta(double column, ZoneId writerZone) {
        long micros = Math.round(column * 1_000_000);
        Instant asIfWall =
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
        return LocalDateTime.ofInstant(asIfWall, writerZone).toInstant(ZoneOffset.UTC);
    }

    private static QueueTally queue(Map<String, QueueTally> queues, String name) {
        return queues.computeIfAbsent(name, QueueTally::new);
    }
}
