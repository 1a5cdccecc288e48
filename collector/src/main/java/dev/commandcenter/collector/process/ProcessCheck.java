package dev.commandcenter.collector.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.agents.AgentTarget;
import dev.commandcenter.collector.heartbeat.HeartbeatParser;
import dev.commandcenter.collector.heartbeat.HeartbeatSource;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.collector.host.LiveProcess;
import dev.commandcenter.collector.host.PidRecord;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.files.FileContent;
import dev.commandcenter.files.FileProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides whether one agent's process runs: by its {@code process} setting, else its Hermes
 * gateway's pid file, else the pid in its heartbeat. A pid counts only when the live process also
 * started when the record says, so a recycled pid is not mistaken for the agent.
 */
final class ProcessCheck {

    /** Start instants derived from clock ticks and boot time can differ by rounding; a real restart cannot. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A pid file holds a number or a small JSON record. */
    private static final int MAX_PID_FILE_BYTES = 16 * 1024;

    private final ProcessTable table;
    private final HermesLiveness hermes;
    private final Set<String> localHosts;

    ProcessCheck(ProcessTable table, HermesLiveness hermes, Set<String> localHosts) {
        this.table = table;
        this.hermes = hermes;
        this.localHosts = localHosts;
    }

    ObjectNode check(AgentTarget agent) {
        if (agent.process() != null) {
            return bySetting(agent.name(), agent.process());
        }
        if (agent.hermesHome() != null) {
            Optional<PidRecord> pid = hermes.gatewayPid(agent.hermesHome());
            return pid.map(p -> verify(
                            result(
                                    agent.name(),
                                    "hermes-gateway",
                                    agent.hermesHome().toString()),
                            p,
                            null))
                    .orElseGet(() -> verdict(
                            result(
                                    agent.name(),
                                    "hermes-gateway",
                                    agent.hermesHome().toString()),
                            "no-pid",
                            "no gateway.pid and no pid in gateway_state.json"));
        }
        if (agent.heartbeatFile() != null) {
            return byHeartbeat(agent.name(), agent.heartbeatFile());
        }
        return verdict(result(agent.name(), "none", null), "no-pid", "no process setting and no heartbeat");
    }

    private ObjectNode bySetting(String name, String setting) {
        if (setting.startsWith("pid-file:")) {
            ObjectNode result = result(name, "pid-file", setting);
            FileContent file = ConfinedFiles.read(Path.of(setting.substring("pid-file:".length())), MAX_PID_FILE_BYTES);
            if (!file.present()) {
                return verdict(result, file.problem() == FileProblem.MISSING ? "no-pid" : "unreadable", file.detail());
            }
            return PidRecord.parse(file.bytes())
                    .map(pid -> verify(result, pid, null))
                    .orElseGet(() -> verdict(result, "unreadable", "the pid file holds no pid"));
        }
        if (setting.startsWith("cmdline:")) {
            ObjectNode result = result(name, "cmdline", setting);
            try {
                List<LiveProcess> found = table.matching(Pattern.compile(setting.substring("cmdline:".length())));
                found.forEach(p -> result.withArray("pids").add(p.pid()));
                return found.isEmpty()
                        ? verdict(result, "missing", "no process matches " + setting)
                        : verdict(result, "alive", null);
            } catch (PatternSyntaxException e) {
                return verdict(result, "unreadable", "not a regular expression: " + e.getDescription());
            }
        }
        return verdict(
                result(name, "invalid", setting),
                "unreadable",
                "the process setting must be pid-file:<path> or cmdline:<regex>");
    }

    private ObjectNode byHeartbeat(String name, Path heartbeatFile) {
        ObjectNode result = result(name, "heartbeat-pid", heartbeatFile.toString());
        FileContent file = ConfinedFiles.read(heartbeatFile, HeartbeatSource.MAX_BYTES);
        if (!file.present()) {
            return verdict(result, "no-pid", file.detail());
        }
        JsonNode heartbeat;
        try {
            heartbeat = JSON.readTree(file.bytes());
        } catch (IOException e) {
            return verdict(result, "unreadable", "the heartbeat is not JSON");
        }
        if (heartbeat == null || !heartbeat.path("pid").isIntegralNumber()) {
            return verdict(result, "no-pid", "the heartbeat names no pid");
        }
        JsonNode host = heartbeat.path("host");
        if (host.isTextual() && !localHosts.contains(host.asText())) {
            return verdict(
                    result, "other-host", "the agent runs on " + host.asText() + "; its pid cannot be checked here");
        }
        return verify(
                result,
                new PidRecord(heartbeat.get("pid").asLong(), null),
                HeartbeatParser.instant(heartbeat.path("pid_started_at")));
    }

    private ObjectNode verify(ObjectNode result, PidRecord pid, Instant expectedStart) {
        result.withArray("pids").add(pid.pid());
        Optional<LiveProcess> live = table.find(pid.pid());
        if (live.isEmpty()) {
            return verdict(result, "missing", "no process " + pid.pid());
        }
        LiveProcess process = live.get();
        if (pid.startTicks() != null
                && process.startTicks() != null
                && !pid.startTicks().equals(process.startTicks())) {
            return verdict(
                    result,
                    "recycled",
                    "pid " + pid.pid() + " now belongs to a process started at tick " + process.startTicks() + ", not "
                            + pid.startTicks());
        }
        if (expectedStart != null
                && process.startedAt() != null
                && Duration.between(expectedStart, process.startedAt()).abs().compareTo(START_TOLERANCE) > 0) {
            return verdict(
                    result,
                    "recycled",
                    "pid " + pid.pid() + " now belongs to a process started at " + process.startedAt() + ", not "
                            + expectedStart);
        }
        return verdict(result, "alive", null);
    }

    private static ObjectNode result(String agent, String method, String spec) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("agent", agent);
        result.put("method", method);
        result.put("spec", spec);
        result.putArray("pids");
        return result;
    }

    private static ObjectNode verdict(ObjectNode result, String verdict, String reason) {
        result.put("verdict", verdict);
        result.put("reason", reason);
        return result;
    }
}
