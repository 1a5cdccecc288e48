package dev.commandcenter.collector.taskqueue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured periodic tasks ({@code huey:periodic:<task>}, kind {@code HueyPeriodicRead}), each
 * with its intended schedule and, where the stats tables exist, its last start, success and error.
 */
final class PeriodicTasks {

    static final String KIND = "HueyPeriodicRead";

    private PeriodicTasks() {}

    static List<SubjectSeen> parse(Map<String, HueyConfig.Periodic> periodic, Optional<HueyRows.Stats> stats) {
        List<SubjectSeen> seen = new ArrayList<>();
        new TreeMap<>(periodic).forEach((task, intended) -> {
            ObjectNode payload = JsonNodeFactory.instance.objectNode();
            payload.put("task", task);
            payload.put("cron", intended.cron());
            payload.put("zone", intended.timeZone());
            payload.put("history_known", stats.isPresent());
            ObjectNode runs = payload.putObject("runs");
            stats.ifPresent(s -> {
                for (HueyRows.Total total : s.totals()) {
                    if (task.equals(total.task())) {
                        runs.putObject(total.signal())
                                .put("count", total.count())
                                .put("last_at", epoch(total.lastTs()).toString());
                    }
                }
                s.recentErrors().stream()
                        .filter(e -> task.equals(e.task()))
                        .findFirst()
                        .ifPresent(e -> payload.put("last_error", e.error()));
            });
            seen.add(new SubjectSeen(SubjectKey.HUEY_PERIODIC.of(task), KIND, null, payload));
        });
        return seen;
    }

    private static Instant epoch(double seconds) {
        long micros = Math.round(seconds * 1_000_000);
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }
}
