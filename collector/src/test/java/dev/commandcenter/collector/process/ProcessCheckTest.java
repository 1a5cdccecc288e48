package dev.commandcenter.collector.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.agents.AgentTarget;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.collector.host.ProcessTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCheckTest {

    private static final long SELF = ProcessHandle.current().pid();
    private static final Instant SELF_STARTED =
            ProcessHandle.current().info().startInstant().orElseThrow();

    @TempDir
    Path dir;

    private final ProcessCheck check = new ProcessCheck(new ProcessTable(), new HermesLiveness(), Set.of("build-box"));

    @Test
    void aPidFileNamingALiveProcessIsAlive() throws IOException {
        Files.writeString(dir.resolve("worker.pid"), SELF + "\n");

        JsonNode result = check.check(agent("pid-file:" + dir.resolve("worker.pid"), null, null));

        assertEquals("alive", result.get("verdict").asText());
        assertEquals(SELF, result.at("/pids/0").asLong());
    }

    @Test
    void aPidFileNamingAnExitedProcessIsMissing() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Files.writeString(dir.resolve("worker.pid"), Long.toString(exited.pid()));

        JsonNode result = check.check(agent("pid-file:" + dir.resolve("worker.pid"), null, null));

        assertEquals("missing", result.get("verdict").asText());
    }

    @Test
    void aPidWhoseStartTimeDiffersIsARecycledPidNotTheAgent() throws IOException {
        long ticks = new ProcessTable().find(SELF).orElseThrow().startTicks();
        Files.writeString(
                dir.resolve("gateway.pid"),
                "{\"pid\": " + SELF + ", \"kind\": \"hermes-gateway\", \"start_time\": " + (ticks - 500) + "}");

        JsonNode recycled = check.check(agent("pid-file:" + dir.resolve("gateway.pid"), null, null));
        assertEquals("recycled", recycled.get("verdict").asText());

        Files.writeString(
                dir.resolve("gateway.pid"),
                "{\"pid\": " + SELF + ", \"kind\": \"hermes-gateway\", \"start_time\": " + ticks + "}");
        assertEquals(
                "alive",
                check.check(agent(null, null, dir)).get("verdict").asText(),
                "the Hermes gateway's pid file counts when its start time matches");
    }

    @Test
    void theHeartbeatsPidIsCheckedAgainstItsRecordedStartInstant() throws IOException {
        Path heartbeat = dir.resolve("worker.json");
        Files.writeString(
                heartbeat,
                "{\"agent\":\"worker\",\"pid\":" + SELF + ",\"host\":\"build-box\"," + "\"pid_started_at\":\""
                        + SELF_STARTED + "\",\"written_at\":\"2026-07-20T09:39:30Z\"}");
        assertEquals(
                "alive",
                check.check(agent(null, heartbeat, null)).get("verdict").asText());

        Files.writeString(
                heartbeat,
                "{\"agent\":\"worker\",\"pid\":" + SELF + ",\"host\":\"build-box\"," + "\"pid_started_at\":\""
                        + SELF_STARTED.minus(Duration.ofHours(3)) + "\"}");
        assertEquals(
                "recycled",
                check.check(agent(null, heartbeat, null)).get("verdict").asText());
    }

    @Test
    void aHeartbeatFromAnotherHostIsNotJudgedHere() throws IOException {
        Path heartbeat = dir.resolve("worker.json");
        Files.writeString(heartbeat, "{\"agent\":\"worker\",\"pid\":" + SELF + ",\"host\":\"gpu-box\"}");

        assertEquals(
                "other-host",
                check.check(agent(null, heartbeat, null)).get("verdict").asText());
    }

    @Test
    void aCommandLinePatternFindsTheProcessOrSaysMissing() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30.5").start();
        try {
            JsonNode found = check.check(agent("cmdline:^sleep 30\\.5$", null, null));
            assertEquals("alive", found.get("verdict").asText());
            assertEquals(sleeper.pid(), found.at("/pids/0").asLong());
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
        assertEquals(
                "missing",
                check.check(agent("cmdline:^sleep 30\\.5$", null, null))
                        .get("verdict")
                        .asText());
    }

    @Test
    void aBadSettingIsThatAgentsErrorWithTheReason() {
        JsonNode result = check.check(agent("systemd:worker.service", null, null));

        assertEquals("unreadable", result.get("verdict").asText());
        assertTrue(result.get("reason").asText().contains("pid-file:<path> or cmdline:<regex>"));
    }

    private static AgentTarget agent(String process, Path heartbeat, Path hermesHome) {
        return new AgentTarget(
                "worker",
                true,
                heartbeat,
                process,
                hermesHome,
                Duration.ofHours(2),
                Duration.ofMinutes(10),
                "worker",
                null);
    }
}
