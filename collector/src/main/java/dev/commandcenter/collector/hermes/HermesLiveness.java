package dev.commandcenter.collector.hermes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.host.PidRecord;
import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.files.FileContent;
import dev.commandcenter.files.FileProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Hermes home says about its gateway's liveness: {@code gateway_state.json}, the pid file,
 * the clean-shutdown marker, the rate-limit markers and the sessions database. Only read; whether
 * the pid is alive is the process source's question. Every missing file or field stays null
 * ("unknown"), never "bad".
 */
@ApplicationScoped
public class HermesLiveness {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Gateway state, pid and marker files are a few hundred bytes. */
    private static final int MAX_FILE_BYTES = 256 * 1024;

    /** The gateway's pid: from {@code gateway.pid}, else from {@code gateway_state.json}. */
    public Optional<PidRecord> gatewayPid(Path home) {
        FileContent pidFile = file(home, "gateway.pid");
        if (pidFile.present()) {
            return PidRecord.parse(pidFile.bytes());
        }
        return PidRecord.fromJson(json(file(home, "gateway_state.json")));
    }

    public ObjectNode read(Path home) {
        Map<String, FileContent> rateLimits = new TreeMap<>();
        Path dir = home.resolve("rate_limits");
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                files.forEach(f -> rateLimits.put(
                        f.getFileName().toString().replaceFirst("\\.json$", ""),
                        ConfinedFiles.read(home, f, MAX_FILE_BYTES)));
            } catch (IOException e) {
                rateLimits.put("?", FileContent.failed(FileProblem.UNREADABLE, dir + " cannot be listed"));
            }
        }
        ObjectNode facts = facts(
                file(home, "gateway_state.json"),
                file(home, "gateway.pid"),
                Files.exists(home.resolve(".clean_shutdown")),
                rateLimits);
        try {
            facts.set("sessions", HermesSessions.read(home));
        } catch (SQLException e) {
            facts.withArray("problems").add("state.db: " + e.getMessage());
        }
        return facts;
    }

    /** The gateway facts from the files' contents; pure. */
    static ObjectNode facts(
            FileContent stateFile,
            FileContent pidFile,
            boolean cleanShutdown,
            Map<String, FileContent> rateLimitFiles) {
        ObjectNode facts = JsonNodeFactory.instance.objectNode();
        ArrayNode problems = JsonNodeFactory.instance.arrayNode();
        JsonNode state = json(stateFile);
        if (stateFile.present() && state == null) {
            problems.add("gateway_state.json is not a JSON object");
        }
        refused(stateFile, problems);
        refused(pidFile, problems);
        rateLimitFiles.values().forEach(file -> refused(file, problems));
        JsonNode s = state == null ? JsonNodeFactory.instance.objectNode() : state;
        facts.set("gateway_state", s.path("gateway_state").isTextual() ? s.get("gateway_state") : null);
        facts.set("active_agents", s.path("active_agents").isIntegralNumber() ? s.get("active_agents") : null);
        facts.set("exit_reason", s.path("exit_reason").isTextual() ? s.get("exit_reason") : null);
        facts.set("platforms", s.path("platforms").isObject() ? s.get("platforms") : null);
        facts.set("state_updated_at", s.path("updated_at").isTextual() ? s.get("updated_at") : null);
        Optional<PidRecord> pid = pidFile.present() ? PidRecord.parse(pidFile.bytes()) : PidRecord.fromJson(state);
        if (pidFile.present() && pid.isEmpty()) {
            problems.add("gateway.pid holds no pid");
        }
        facts.put("pid_file", pidFile.present());
        facts.put("pid", pid.map(PidRecord::pid).orElse(null));
        facts.put("start_time", pid.map(PidRecord::startTicks).orElse(null));
        facts.put("clean_shutdown", cleanShutdown);
        ArrayNode limits = facts.putArray("rate_limits");
        rateLimitFiles.forEach((provider, file) -> {
            JsonNode marker = json(file);
            if (marker == null || !marker.path("reset_at").isNumber()) {
                problems.add("rate_limits/" + provider + ".json is not a rate-limit marker");
                return;
            }
            ObjectNode limit = limits.addObject();
            limit.put("provider", provider);
            limit.put(
                    "reset_at",
                    HermesSessions.toInstant(marker.get("reset_at").asDouble()).toString());
            if (marker.path("recorded_at").isNumber()) {
                limit.put(
                        "recorded_at",
                        HermesSessions.toInstant(marker.get("recorded_at").asDouble())
                                .toString());
            }
        });
        facts.set("problems", problems);
        return facts;
    }

    /** A file that is there but was not read (a link out of the home, too large, not a file) is a problem. */
    private static void refused(FileContent file, ArrayNode problems) {
        if (!file.present() && file.problem() != FileProblem.MISSING) {
            problems.add(file.detail());
        }
    }

    /** A file of the home, read only if it stays inside the home. */
    private static FileContent file(Path home, String name) {
        return ConfinedFiles.read(home, home.resolve(name), MAX_FILE_BYTES);
    }

    private static JsonNode json(FileContent file) {
        if (!file.present()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(file.bytes());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
