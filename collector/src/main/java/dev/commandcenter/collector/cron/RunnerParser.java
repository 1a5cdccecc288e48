package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectSeen;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cron runner of one home (the Hermes gateway and its in-process ticker) as seen in one poll,
 * following Hermes' own rule ({@code get_runtime_status_running_pid}): a declared stop is a stop;
 * otherwise the recorded pid must be alive with the recorded start time.
 */
final class RunnerParser {

    static final String KIND = "CronRunnerRead";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STOPPED_STATES = Set.of("stopped", "startup_failed");

    private RunnerParser() {
    }

    static SubjectSeen parse(HermesFiles files, ProcessTable processes, Collection<String> jobIds, int jobsSkipped,
            HermesZone zone) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("home", files.home().name());
        ObjectNode pidFile = pidFile(files.gatewayPid());
        payload.set("gateway_pid", pidFile);
        JsonNode state = files.gatewayState().map(RunnerParser::json).orElse(null);
        payload.set("gateway_state", state == null || !state.isObject() ? JsonNodeFactory.instance.nullNode() : state);
        if (files.gatewayState().isPresent() && (state == null || !state.isObject())) {
            payload.put("gateway_state_unreadable", true);
        }
        payload.put("clean_shutdown", files.cleanShutdown());
        judge(payload, pidFile, state != null && state.isObject() ? state : null, processes);
        ObjectNode ticker = payload.putObject("ticker");
        putEpoch(ticker, "heartbeat_at", files.tickerHeartbeat());
        putEpoch(ticker, "last_success_at", files.tickerLastSuccess());
        var orphans = payload.putArray("orphan_output_dirs");
        files.outputs().keySet().stream().filter(id -> !jobIds.contains(id)).sorted().forEach(orphans::add);
        payload.put("jobs_skipped", jobsSkipped);
        payload.put("zone", zone.zone().getId());
        return new SubjectSeen(files.home().runnerSubject(), KIND, null, payload);
    }

    private static void judge(ObjectNode payload, ObjectNode pidFile, JsonNode state, ProcessTable processes) {
        String declared = state == null ? null : state.path("gateway_state").asText(null);
        Long pid = pidFile.hasNonNull("pid") ? Long.valueOf(pidFile.get("pid").asLong()) : null;
        Long start = pidFile.hasNonNull("start_time") ? Long.valueOf(pidFile.get("start_time").asLong()) : null;
        String from = "gateway.pid";
        if (pid == null && state != null && state.path("pid").canConvertToLong()) {
            pid = state.get("pid").asLong();
            start = state.path("start_time").canConvertToLong() ? Long.valueOf(state.get("start_time").asLong()) : null;
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
        payload.put("liveness", switch (check) {
            case ALIVE, ALIVE_UNVERIFIED -> "running";
            case PID_REUSED -> "pid-reused";
            case DEAD -> "dead";
        });
        payload.put("liveness_signal", from + " pid " + pid + (start == null ? " (no start time recorded)" : "")
                + " checked against the process table"
                + (declared == null ? "" : "; gateway_state.json says " + declared));
    }

    private static ObjectNode pidFile(Optional<String> text) {
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

    private static void putEpoch(ObjectNode node, String field, Optional<String> text) {
        try {
            node.put(field, text.map(t -> HermesTime.epochSeconds(t).toString()).orElse(null));
        } catch (NumberFormatException e) {
            node.putNull(field);
            node.put(field + "_unreadable", true);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
