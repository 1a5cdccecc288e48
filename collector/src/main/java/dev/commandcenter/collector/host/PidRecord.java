package dev.commandcenter.collector.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A pid as a pid file records it, with the process's start time when known, so a recycled pid
 * is not taken for the process that wrote the file.
 *
 * @param pid        the process id
 * @param startTicks Linux start time (field 22 of {@code /proc/<pid>/stat}, clock ticks since boot), if recorded
 */
public record PidRecord(long pid, Long startTicks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a pid file: plain decimal text ({@code 2336}), a JSON integer, or the JSON record Hermes
     * writes ({@code {"pid": 702, "start_time": 888241, …}}).
     */
    public static Optional<PidRecord> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).trim();
        if (text.matches("[0-9]{1,10}")) {
            return Optional.of(new PidRecord(Long.parseLong(text), null));
        }
        try {
            return fromJson(JSON.readTree(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A pid from a JSON object's {@code pid} and {@code start_time} fields. */
    public static Optional<PidRecord> fromJson(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isIntegralNumber()) {
            return Optional.of(new PidRecord(node.asLong(), null));
        }
        JsonNode pid = node.path("pid");
        if (!pid.isIntegralNumber() || pid.asLong() <= 0) {
            return Optional.empty();
        }
        JsonNode start = node.path("start_time");
        return Optional.of(new PidRecord(pid.asLong(), start.isIntegralNumber() ? start.asLong() : null));
    }
}
