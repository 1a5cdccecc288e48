package dev.commandcenter.collector.hermes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.host.PidRecord;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HermesLivenessTest {

    /** The Hermes homes of the shared scenarios, as Hermes' own code left them. */
    static final String RUNNING = "hermes/v0.18.2-306e2d23/running/hermes-home";

    static final String STOPPED = "hermes/v0.18.2-306e2d23/stopped/hermes-home";
    static final String CRASHED = "hermes/v0.18.2-306e2d23/crashed/hermes-home";
    static final String LEGACY = "hermes/v0.1.0-bf75c450/legacy/hermes-home";

    @TempDir
    Path home;

    private final HermesLiveness hermes = new HermesLiveness();

    @Test
    void aRunningGatewayReportsItsBusyAgentsPidRateLimitAndSessions() throws IOException {
        FixtureFiles.copy(RUNNING, home);

        JsonNode facts = hermes.read(home);

        assertEquals("running", facts.get("gateway_state").asText());
        assertEquals(2, facts.get("active_agents").asInt());
        assertEquals(6998, facts.get("pid").asLong());
        assertEquals(995074, facts.get("start_time").asLong());
        assertEquals("connected", facts.at("/platforms/telegram/state").asText());
        assertEquals("nous", facts.at("/rate_limits/0/provider").asText());
        assertEquals(
                "2026-07-20T10:00:00.034Z", facts.at("/rate_limits/0/reset_at").asText());
        assertEquals("anthropic/claude-sonnet-4.5", facts.at("/sessions/model").asText());
        assertEquals(2, facts.at("/sessions/open_sessions").asInt());
        assertEquals(
                "2026-07-20T09:38:40.077Z",
                facts.at("/sessions/last_activity_at").asText());
        assertEquals(0, facts.get("problems").size());
        try (Stream<Path> files = Files.list(home)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertFalse(names.contains("state.db-wal"), "reading must leave no WAL file behind: " + names);
            assertFalse(names.contains("state.db-shm"), "reading must leave no shared-memory file behind: " + names);
        }
    }

    @Test
    void aCleanlyStoppedGatewayHasNoPidFileButItsLastPidAndTheMarker() {
        FixtureFiles.copy(STOPPED, home);

        JsonNode facts = hermes.read(home);

        assertEquals("stopped", facts.get("gateway_state").asText());
        assertFalse(facts.get("pid_file").asBoolean());
        assertEquals(7107, facts.get("pid").asLong());
        assertTrue(facts.get("clean_shutdown").asBoolean());
        assertEquals(0, facts.at("/sessions/open_sessions").asInt());
    }

    @Test
    void aCrashedGatewayStillSaysRunningWithItsRecordedStartTime() {
        FixtureFiles.copy(CRASHED, home);

        assertEquals("running", hermes.read(home).get("gateway_state").asText());
        assertEquals(new PidRecord(7114, 996808L), hermes.gatewayPid(home).orElseThrow());
    }

    @Test
    void theLegacyPidFileIsAPlainNumberAndMissingFilesStayUnknown() {
        FixtureFiles.copy(LEGACY, home);

        assertEquals(new PidRecord(3996, null), hermes.gatewayPid(home).orElseThrow());
        JsonNode facts = hermes.read(home);
        assertTrue(facts.get("gateway_state").isNull());
        assertTrue(facts.get("sessions").isNull());
    }

    @Test
    void aGarbledStateFileIsAProblemNotAnException() throws IOException {
        Files.writeString(home.resolve("gateway_state.json"), "{\"gateway_state\":\"runn");

        JsonNode facts = hermes.read(home);

        assertTrue(facts.get("gateway_state").isNull());
        assertEquals(
                "gateway_state.json is not a JSON object",
                facts.at("/problems/0").asText());
    }
}
