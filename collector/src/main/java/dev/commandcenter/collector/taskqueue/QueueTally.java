package dev.commandcenter.collector.taskqueue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** One Huey queue's rows, tallied into its {@code HueyQueueRead} payload. */
final class QueueTally {
    final String name;
    final ObjectNode payload = JsonNodeFactory.instance.objectNode();
    final Map<String, Integer> pendingByTask = new TreeMap<>();
    final ArrayNode pendingTasks = JsonNodeFactory.instance.arrayNode();
    final ArrayNode scheduledTasks = JsonNodeFactory.instance.arrayNode();
    final ArrayNode errors = JsonNodeFactory.instance.arrayNode();
    final ArrayNode revocations = JsonNodeFactory.instance.arrayNode();
    final TreeSet<String> locks = new TreeSet<>();
    final Map<String, Long> counters = new TreeMap<>();
    final List<String> pendingIds = new ArrayList<>();
    int pending;
    int pendingWithEta;
    int scheduled;
    int results;
    int errorResults;
    int undecodable;
    Instant nextEta;

    QueueTally(String name) {
        this.name = name;
    }

    void pending(HueyRows.Task row) {
        pending++;
        try {
            HueyPickles.Message message = HueyPickles.message(row.data());
            pendingByTask.merge(message.task(), 1, Integer::sum);
            pendingIds.add(message.id());
            if (message.eta() != null) {
                pendingWithEta++;
            }
            if (pendingTasks.size() < HueyQueueParser.LISTED) {
                pendingTasks.add(task(message, message.eta(), "message").put("priority", row.priority()));
            }
        } catch (HueyPickles.Undecodable e) {
            undecodable++;
        }
    }

    void scheduled(HueyRows.Scheduled row, ZoneId writerZone) {
        scheduled++;
        Instant eta;
        String etaFrom;
        ObjectNode task;
        try {
            HueyPickles.Message message = HueyPickles.message(row.data());
            eta = message.eta();
            etaFrom = "message";
            task = task(message, eta, etaFrom);
        } catch (HueyPickles.Undecodable e) {
            undecodable++;
            eta = HueyQueueParser.columnEta(row.timestamp(), writerZone);
            etaFrom = "timestamp-column";
            task = JsonNodeFactory.instance.objectNode().putNull("id").putNull("task");
        }
        if (eta == null) {
            eta = HueyQueueParser.columnEta(row.timestamp(), writerZone);
            task.put("eta", eta.toString()).put("eta_from", "timestamp-column");
        }
        nextEta = nextEta == null || eta.isBefore(nextEta) ? eta : nextEta;
        if (scheduledTasks.size() < HueyQueueParser.LISTED) {
            scheduledTasks.add(task);
        }
    }

    void kv(HueyRows.Kv row) {
        String key = row.key();
        if (key.startsWith("r:") || key.startsWith("rt:")) {
            revocations.add(revocation(row));
        } else if (key.startsWith(name + ".lock.")) {
            locks.add(key.substring(name.length() + ".lock.".length()));
        } else if (!key.startsWith(name + ".rl.")) {
            results++;
            try {
                Map<?, ?> error = HueyPickles.errorMetadata(row.value());
                if (error != null) {
                    errorResults++;
                    if (errors.size() < HueyQueueParser.LISTED) {
                        errors.addObject()
                                .put("task_id", key)
                                .put("error", String.valueOf(error.get("error")))
                                .put("retries", error.get("retries") instanceof Number n ? n.intValue() : 0);
                    }
                }
            } catch (HueyPickles.Undecodable e) {
                // An application result of a class we cannot rebuild: still a result, not an error.
            }
        }
    }

    private static ObjectNode revocation(HueyRows.Kv row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("key", row.key());
        node.put("scope", row.key().startsWith("rt:") ? "task" : "id");
        try {
            if (HueyPickles.load(row.value()) instanceof Object[] tuple && tuple.length == 2) {
                Instant until = HueyPickles.naiveUtc(tuple[0]);
                node.put("until", until == null ? null : until.toString());
                node.put("once", Boolean.TRUE.equals(tuple[1]));
            }
        } catch (HueyPickles.Undecodable e) {
            node.put("undecodable", true);
        }
        return node;
    }

    void stats(HueyRows.Stats stats) {
        ObjectNode history = payload.putObject("history");
        ObjectNode byTask = history.putObject("by_task");
        stats.totals().stream()
                .filter(t -> name.equals(t.queue()))
                .forEach(t -> child(byTask, t.task())
                        .putObject(t.signal())
                        .put("count", t.count())
                        .put("last_at", epoch(t.lastTs()).toString()));
        ArrayNode recentErrors = history.putArray("recent_errors");
        stats.recentErrors().stream()
                .filter(e -> name.equals(e.queue()))
                .forEach(e -> recentErrors
                        .addObject()
                        .put("at", epoch(e.ts()).toString())
                        .put("task", e.task())
                        .put("task_id", e.taskId())
                        .put("error", e.error()));
        ArrayNode inflight = history.putArray("inflight");
        stats.inflight().stream()
                .filter(e -> name.equals(e.queue()))
                .forEach(e -> inflight.addObject()
                        .put("task", e.task())
                        .put("task_id", e.taskId())
                        .put("started_at", epoch(e.ts()).toString()));
        pendingIds.stream()
                .map(stats.enqueuedAt()::get)
                .filter(Objects::nonNull)
                .min(Double::compare)
                .ifPresent(ts ->
                        payload.put("oldest_pending_enqueued_at", epoch(ts).toString()));
    }

    ObjectNode payload() {
        payload.put("queue", name);
        payload.put("pending", pending);
        payload.put("pending_with_eta", pendingWithEta);
        ObjectNode byTask = payload.putObject("pending_by_task");
        pendingByTask.forEach(byTask::put);
        payload.set("pending_tasks", pendingTasks);
        payload.put("scheduled", scheduled);
        payload.put("next_eta", nextEta == null ? null : nextEta.toString());
        payload.set("scheduled_tasks", scheduledTasks);
        payload.put("results", results);
        payload.put("error_results", errorResults);
        payload.set("errors", errors);
        payload.set("revocations", revocations);
        ArrayNode lockList = payload.putArray("locks");
        locks.forEach(lockList::add);
        ObjectNode counterNode = payload.putObject("counters");
        counters.forEach(counterNode::put);
        payload.put("undecodable", undecodable);
        return payload;
    }

    private static ObjectNode task(HueyPickles.Message message, Instant eta, String etaFrom) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", message.id());
        node.put("task", message.task());
        node.put("eta", eta == null ? null : eta.toString());
        if (eta != null) {
            node.put("eta_from", etaFrom);
        }
        node.put("retries", message.retries());
        return node;
    }

    private static ObjectNode child(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
    }

    private static Instant epoch(double seconds) {
        long micros = Math.round(seconds * 1_000_000);
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }
}
