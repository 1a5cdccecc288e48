package dev.commandcenter.collector.hermes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.host.ProcessTable;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a home's gateway runs, by Hermes' own rule ({@code get_runtime_status_running_pid}): a
 * declared stop is a stop; otherwise the recorded pid must be alive with the recorded start time.
 */
public final class GatewayCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STOPPED_STATES = Set.of("stopped", "startup_failed");

    private GatewayCheck() {}

    /** {@code gateway.pid} as read: its {@code form}, and its {@code pid} and {@code start_time} when it has them. */
    public static ObjectNode pidFile(Optional<String> text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (text.isEmpty()) {
            node.put("form", "absent");
            return node;
        }
        String raw = text.get().trim();
        if (raw.matches("\\d{1,10}")) {
            node.put("form", "legacy-integer");
            node.put("pid", Long.parseLong(raw));
            return node;
        }
        JsonNode record = json(raw);
        if (record != null && record.isObject() && record.path("pid").canConvertToLong()) {
            node.put("form", "json");
            node.put("pid", record.get("pid").asLong());
            if (record.path("start_time").canConvertToLong()) {
                node.put("start_time", record.get("start_time").asLong());
            }
            node.set("record", record);
            return node;
        }
        node.put("form", "unreadable");
        return node;
    }

    /**
     * Puts {@code process}, {@code liveness} and {@code liveness_signal} into {@code payload}.
     *
     * @param pidFile what {@link #pidFile} made of {@code gateway.pid}
     * @param state   {@code gateway_state.json} as an object; null when absent or unreadable
     */
    public static void judge(ObjectNode payload, ObjectNode pidFile, JsonNode state, ProcessTable processes) {
        String declared = state == null ? null : state.path("gateway_state").asText(null);
        Long pid = pidFile.hasNonNull("pid") ? Long.valueOf(pidFile.get("pid").asLong()) : null;
        Long start = pidFile.hasNonNull("start_time")
                ? Long.valueOf(pidFile.get("start_time").asLong())
                : null;
        String from = "gateway.pid";
        if (pid == null && state != null && state.path("pid").canConvertToLong()) {
            pid = state.get("pid").asLong();
            start = state.path("start_time").canConvertToLong()
                    ? Long.valueOf(state.get("start_time").asLong())
                    : null;
            from = "gateway_state.json";
        }
        ObjectNode process = payload.putObject("process");
        if (declared != null && STOPPED_STATES.contains(declared)) {
            payload.put("liveness", "stopped");
            payload.put("liveness_signal", "gateway_state.json says " + declared);
            return;
        }
        if (pid == null) {
            payload.put("liveness", "absent");
            payload.put("liveness_signal", "no gateway.pid and no pid in gateway_state.json");
            return;
        }
        ProcessTable.Liveness check = processes.check(pid, start);
        process.put("pid", pid);
        process.put("from", from);
        process.put("check", check.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        payload.put(
                "liveness",
                switch (check) {
                    case ALIVE, ALIVE_UNVERIFIED -> "running";
                    case PID_REUSED -> "pid-reused";
                    case DEAD -> "dead";
                });
        payload.put(
                "liveness_signal",
                from + " pid " + pid + (start == null ? " (no start time recorded)" : "")
                        + " checked against the process table"
                        + (declared == null ? "" : "; gateway_state.json says " + declared));
    }

    /** The JSON in {@code text}, or null when it is not JSON. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
