package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.objects;
import static dev.commandcenter.fact.FactFields.text;
import static dev.commandcenter.fact.FactFields.textArray;
import static dev.commandcenter.fact.FactFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Huey instance's queue as the collector stored it ({@code HueyQueueRead}): its pending and
 * scheduled tasks, error results, locks and revocations, and, where the stats tables are read, its
 * run history. Each instant is null when absent or unreadable.
 *
 * @param pendingByTask pending tasks per task name, in name order
 * @param revocations   how many revocations (of a task id or of a whole task) are stored
 * @param undecodable   stored messages that could not be decoded, counted
 * @param history       null when the stats tables are not read
 */
public record HueyQueueFact(
        String queue,
        int pending,
        Map<String, Integer> pendingByTask,
        Instant oldestPendingEnqueuedAt,
        int scheduled,
        Instant nextEta,
        int errorResults,
        List<String> locks,
        int revocations,
        int undecodable,
        History history)
        implements Fact {

    public static final FactReader<HueyQueueFact> READER = HueyQueueFact::read;

    /** What the stats tables say: the newest errors, newest first, and the tasks started and not finished. */
    public record History(List<ErrorEvent> recentErrors, List<Inflight> inflight) {}

    public record ErrorEvent(Instant at, String task, String taskId, String error) {}

    public record Inflight(String task, String taskId, Instant startedAt) {}

    private static HueyQueueFact read(JsonNode payload) {
        Map<String, Integer> byTask = new TreeMap<>();
        object(payload, "pending_by_task").properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                byTask.put(e.getKey(), e.getValue().asInt());
            }
        });
        JsonNode history = payload.get("history");
        return new HueyQueueFact(
                text(payload, "queue", ""),
                (int) whole(payload, "pending"),
                Collections.unmodifiableMap(byTask),
                instant(payload, "oldest_pending_enqueued_at"),
                (int) whole(payload, "scheduled"),
                instant(payload, "next_eta"),
                (int) whole(payload, "error_results"),
                textArray(payload, "locks"),
                objects(payload, "revocations").size(),
                (int) whole(payload, "undecodable"),
                history != null && history.isObject() ? history(history) : null);
    }

    private static History history(JsonNode history) {
        return new History(
                objects(history, "recent_errors").stream()
                        .map(e -> new ErrorEvent(
                                instant(e, "at"), text(e, "task", ""), text(e, "task_id", ""), text(e, "error")))
                        .toList(),
                objects(history, "inflight").stream()
                        .map(t -> new Inflight(text(t, "task", ""), text(t, "task_id", ""), instant(t, "started_at")))
                        .toList());
    }
}
