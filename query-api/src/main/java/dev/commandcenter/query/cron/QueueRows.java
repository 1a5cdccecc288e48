package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code HueyQueueRead} and {@code HueyConsumerRead} payloads to rows. */
final class QueueRows {

    private QueueRows() {}

    static QueueRow queue(
            Observation observation, JsonNode payload, SourceStatus status, Instant at, Thresholds thresholds) {
        Map<String, Integer> byTask = new TreeMap<>();
        payload.path("pending_by_task")
                .fields()
                .forEachRemaining(e -> byTask.put(e.getKey(), e.getValue().asInt()));
        List<String> locks = new ArrayList<>();
        payload.path("locks").forEach(l -> locks.add(l.asText()));
        JsonNode history = payload.path("history");
        Integer errorsInWindow = null;
        List<String> inflight = new ArrayList<>();
        if (history.isObject()) {
            Instant from = at.minus(thresholds.errorWindow());
            int count = 0;
            for (JsonNode error : history.path("recent_errors")) {
                Instant when = Payloads.instant(error, "at");
                count += when != null && !when.isBefore(from) && !when.isAfter(at) ? 1 : 0;
            }
            errorsInWindow = count;
            history.path("inflight")
                    .forEach(t -> inflight.add(
                            t.path("task").asText() + " " + t.path("task_id").asText() + " since "
                                    + t.path("started_at").asText()));
        }
        RowFreshness freshness = RowFreshness.of(status, observation);
        return new QueueRow(
                observation.subject(),
                payload.path("queue").asText(),
                payload.path("pending").asInt(),
                byTask,
                Payloads.instant(payload, "oldest_pending_enqueued_at"),
                payload.path("scheduled").asInt(),
                Payloads.instant(payload, "next_eta"),
                payload.path("error_results").asInt(),
                errorsInWindow,
                locks,
                payload.path("revocations").size(),
                inflight,
                payload.path("undecodable").asInt(),
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason());
    }

    static ConsumerRow consumer(Observation observation, JsonNode payload, SourceStatus status) {
        JsonNode running = payload.path("running_task");
        RowFreshness freshness = RowFreshness.of(status, observation);
        return new ConsumerRow(
                observation.subject(),
                payload.path("log_file").asText(),
                payload.path("pid").canConvertToLong() ? payload.get("pid").asLong() : null,
                payload.path("process").asText("unknown"),
                payload.path("exited").asBoolean(),
                Payloads.instant(payload, "started_at"),
                Payloads.instant(payload, "last_line_at"),
                running.isObject()
                        ? running.path("task").asText() + " "
                                + running.path("id").asText()
                        : null,
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason());
    }
}
