package dev.commandcenter.collector.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.agents.AgentsConfig;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.fact.AgentErrorKind;
import dev.commandcenter.fact.GatewayState;
import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.fact.HeartbeatFile;
import dev.commandcenter.fact.HeartbeatProblem;
import dev.commandcenter.fact.HermesGateway;
import dev.commandcenter.fact.PlatformState;
import dev.commandcenter.fact.ReportedState;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.FixtureFiles;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the agent health view reads of a heartbeat, read back from the payloads this source writes. */
class HeartbeatFactTest {

    @TempDir
    Path dir;

    @TempDir
    Path home;

    @Test
    void aWorkingAgentsFactNamesItsClaimSinceWhenModelAndItsDefaultBounds() throws SourceFailure {
        HeartbeatFact kimi = poll(Map.of()).get("agent:kimi-worker-2");

        assertEquals("kimi-worker-2", kimi.agent());
        assertEquals("fleet/api#42", kimi.claim());
        HeartbeatFile file = kimi.heartbeat();
        assertEquals(Instant.parse("2026-07-20T09:39:30Z"), file.writtenAt());
        assertEquals(ReportedState.WORKING, file.state());
        assertEquals(Instant.parse("2026-07-20T09:05:40Z"), file.claimedAt());
        assertEquals(Instant.parse("2026-07-20T09:31:02Z"), file.lastSuccessAt());
        assertNull(file.lastError(), "last_error is null in the file");
        assertEquals("kimi-k2-0905", file.model());
        assertEquals("moonshot", file.provider());
        assertNull(kimi.error());
        assertFalse(kimi.settings().declared(), "known from its file alone");
        assertEquals(Duration.ofHours(2), kimi.settings().stuckAfter());
        assertEquals(Duration.ofMinutes(10), kimi.settings().heartbeatMaxAge());
        assertNull(kimi.hermes());
    }

    @Test
    void aRateLimitedAgentsLastErrorIsCurrentWhenNewerThanItsLastSuccess() throws SourceFailure {
        HeartbeatFile claude = poll(Map.of()).get("agent:claude-reviewer").heartbeat();

        assertEquals(ReportedState.RATE_LIMITED, claude.state());
        assertEquals(AgentErrorKind.RATE_LIMITED, claude.lastError().kind());
        assertEquals(
                "HTTP 429: Rate limit exceeded: free-models-per-min.",
                claude.lastError().message());
        assertEquals(Instant.parse("2026-07-20T06:58:14Z"), claude.lastSuccessAt(), "the offset is honoured");
        assertTrue(claude.lastError().currentAfter(claude.lastSuccessAt()));
    }

    @Test
    void aBrokenFileHasNoHeartbeatButItsProblemAndADeclaredAgentWithoutOneNeverWrote() throws SourceFailure {
        Map<String, HeartbeatFact> facts = poll(Map.of("hermes-ops", Fixtures.agent(null, null, null)));

        HeartbeatFact gemini = facts.get("agent:gemini-triage");
        assertNull(gemini.heartbeat());
        assertEquals(HeartbeatProblem.MALFORMED, gemini.error().kind());
        assertFalse(gemini.error().kind().neverWritten());
        assertEquals(
                "gemini-triage.json is not JSON: it ends in the middle of a value at line 1, column 128",
                gemini.error().message());

        HeartbeatFact declared = facts.get("agent:hermes-ops");
        assertEquals(HeartbeatProblem.MISSING, declared.error().kind());
        assertTrue(declared.error().kind().neverWritten());
        assertTrue(declared.settings().declared());
    }

    @Test
    void aRunningHermesGatewaysFactHasItsTurnsPlatformsRateLimitAndSessions() throws SourceFailure {
        FixtureFiles.copy("hermes/v0.18.2-306e2d23/running/hermes-home", home);

        HermesGateway hermes = hermesAgent().hermes();

        assertEquals(GatewayState.RUNNING, hermes.gatewayState());
        assertFalse(hermes.gatewayState().stopped());
        assertEquals(2L, hermes.activeAgents());
        assertEquals(
                List.of(
                        new HermesGateway.Platform("telegram", PlatformState.CONNECTED, null),
                        new HermesGateway.Platform("discord", PlatformState.CONNECTED, null)),
                hermes.platforms());
        assertEquals(
                List.of(new HermesGateway.RateLimit("nous", Instant.parse("2026-07-20T10:00:00.034Z"))),
                hermes.rateLimits());
        assertEquals("anthropic/claude-sonnet-4.5", hermes.sessions().model());
        assertEquals(
                Instant.parse("2026-07-20T09:38:40.077Z"), hermes.sessions().lastActivityAt());
    }

    @Test
    void aCleanlyStoppedHermesGatewayIsStoppedInItsOwnWords() throws SourceFailure {
        FixtureFiles.copy("hermes/v0.18.2-306e2d23/stopped/hermes-home", home);

        HermesGateway hermes = hermesAgent().hermes();

        assertEquals(GatewayState.STOPPED, hermes.gatewayState());
        assertEquals("stopped", hermes.gatewayStateText());
        assertTrue(hermes.gatewayState().stopped());
        assertEquals(0L, hermes.activeAgents());
        assertNull(hermes.exitReason());
    }

    private HeartbeatFact hermesAgent() throws SourceFailure {
        return poll(Map.of("hermes", Fixtures.agent(null, null, home))).get("agent:hermes");
    }

    private Map<String, HeartbeatFact> poll(Map<String, AgentsConfig.Agent> declared) throws SourceFailure {
        FixtureFiles.copy("heartbeats", dir);
        SourceSnapshot snapshot = new HeartbeatSource(
                        TestConfigs.of(HeartbeatConfig.class, Map.of()),
                        Fixtures.directory(Fixtures.agents(declared), dir),
                        new HermesLiveness())
                .poll();
        return snapshot.seen().stream()
                .collect(Collectors.toMap(SubjectSeen::subject, s -> HeartbeatFact.READER.read(s.payload())));
    }
}
