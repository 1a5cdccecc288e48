package dev.commandcenter.collector.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.agents.AgentDirectory;
import dev.commandcenter.collector.agents.AgentsConfig;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.FixtureFiles;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsAWorkingAgentsClaimModelAndKeepsFieldsItDoesNotKnow() throws SourceFailure {
        Map<String, SubjectSeen> seen = poll(Map.of());

        SubjectSeen kimi = seen.get("agent:kimi-worker-2");
        assertEquals("HeartbeatRead", kimi.kind());
        assertEquals(Instant.parse("2026-07-20T09:39:30Z"), kimi.sourceTime());
        assertEquals("kimi-worker-2", kimi.payload().get("agent").asText());
        assertEquals("fleet/api#42", kimi.payload().get("claim").asText());
        JsonNode heartbeat = kimi.payload().get("heartbeat");
        assertEquals("kimi-k2-0905", heartbeat.get("model").asText());
        assertEquals("moonshot", heartbeat.get("provider").asText());
        assertEquals(318, heartbeat.at("/loop/iteration").asInt(), "unknown fields are kept");
        assertTrue(kimi.payload().get("error").isNull());
    }

    @Test
    void aRateLimitedAgentWithoutClaimHasANullClaimAndItsLastError() throws SourceFailure {
        JsonNode payload = poll(Map.of()).get("agent:claude-reviewer").payload();

        assertTrue(payload.get("claim").isNull());
        assertEquals("rate-limited", payload.at("/heartbeat/last_error/kind").asText());
    }

    @Test
    void aTruncatedOrHtmlHeartbeatIsThatAgentsErrorNotAFailedRead() throws SourceFailure {
        Map<String, SubjectSeen> seen = poll(Map.of());

        assertEquals(4, seen.size(), "the broken files do not hide the good ones");
        assertEquals(
                "malformed",
                seen.get("agent:gemini-triage").payload().at("/error/kind").asText());
        assertEquals(
                "gemini-triage.json is not JSON: it ends in the middle of a value at line 1, column 128",
                seen.get("agent:gemini-triage").payload().at("/error/message").asText());
        assertEquals(
                "malformed",
                seen.get("agent:ollama-loop").payload().at("/error/kind").asText());
        assertEquals(
                "ollama-loop.json is not JSON: invalid token at line 1, column 1",
                seen.get("agent:ollama-loop").payload().at("/error/message").asText(),
                "the page is not quoted");
    }

    @Test
    void aLinkToATokenFileOutsideTheDirectoryIsRefusedWithoutReadingIt(@TempDir Path elsewhere) throws Exception {
        Path token = Files.writeString(elsewhere.resolve("gitea.token"), "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a\n");
        FixtureFiles.copy("heartbeats", dir);
        Files.createSymbolicLink(dir.resolve("x.json"), token);

        JsonNode payload = byName(source(Fixtures.directory(Fixtures.agents(Map.of()), dir))
                        .poll())
                .get("agent:x")
                .payload();

        assertEquals("outside", payload.at("/error/kind").asText());
        assertEquals(
                dir.resolve("x.json") + " leads out of " + dir + " (a link to elsewhere); not read",
                payload.at("/error/message").asText());
        assertTrue(!payload.toString().contains("3f9a1c7e"), "nothing of the token: " + payload);
    }

    @Test
    void aJsonSecretsFileLinkedIntoTheDirectoryIsNeverStored(@TempDir Path elsewhere) throws Exception {
        Path secrets = Files.writeString(
                elsewhere.resolve("secrets.json"),
                "{\"written_at\":\"2026-07-20T09:39:30Z\",\"aws_secret_access_key\":\"wJalrXUtnFEMI/K7MDENG\"}");
        FixtureFiles.copy("heartbeats", dir);
        Files.delete(dir.resolve("kimi-worker-2.json"));
        Files.createSymbolicLink(dir.resolve("kimi-worker-2.json"), secrets);
        Files.createDirectory(dir.resolve("archive.json"));
        Files.createSymbolicLink(dir.resolve("reviewer-alias.json"), dir.resolve("claude-reviewer.json"));

        SourceSnapshot snapshot =
                source(Fixtures.directory(Fixtures.agents(Map.of()), dir)).poll();

        assertTrue(!snapshot.seen().toString().contains("wJalrXUtnFEMI"), "the secret reached the payload");
        JsonNode kimi = byName(snapshot).get("agent:kimi-worker-2").payload();
        assertEquals("outside", kimi.at("/error/kind").asText());
        assertTrue(kimi.get("heartbeat").isNull());
        assertEquals(
                "not-regular",
                byName(snapshot)
                        .get("agent:archive")
                        .payload()
                        .at("/error/kind")
                        .asText());
        assertEquals(
                "rate-limited",
                byName(snapshot)
                        .get("agent:reviewer-alias")
                        .payload()
                        .at("/heartbeat/last_error/kind")
                        .asText(),
                "a link to a heartbeat inside the directory is still read");
    }

    @Test
    void aClaimThatNamesNoIssueIsNotPassedOnAsOne() throws Exception {
        FixtureFiles.copy("heartbeats", dir);
        Files.writeString(
                dir.resolve("kimi-worker-2.json"),
                "{\"agent\":\"kimi-worker-2\","
                        + "\"state\":\"working\",\"claim\":\"fix the login bug\",\"written_at\":\"2026-07-20T09:39:30Z\"}");

        JsonNode payload = source(Fixtures.directory(Fixtures.agents(Map.of()), dir)).poll().seen().stream()
                .filter(s -> s.subject().equals("agent:kimi-worker-2"))
                .findFirst()
                .orElseThrow()
                .payload();

        assertTrue(payload.get("claim").isNull());
        assertEquals(
                "claim \"fix the login bug\" is not owner/repo#N",
                payload.at("/error/message").asText());
        assertEquals("fix the login bug", payload.at("/heartbeat/claim").asText(), "the file is kept as written");
    }

    @Test
    void aDeclaredAgentWithoutAFileIsListedAsMissingItsHeartbeat() throws SourceFailure {
        Map<String, SubjectSeen> seen = poll(Map.of("hermes-ops", Fixtures.agent(null, null, null)));

        JsonNode payload = seen.get("agent:hermes-ops").payload();
        assertEquals("missing", payload.at("/error/kind").asText());
        assertTrue(payload.at("/settings/declared").asBoolean());
        assertEquals(7200, payload.at("/settings/stuck_after_seconds").asLong());
    }

    @Test
    void anAbsentDirectoryFailsTheReadAndNoSettingsAtAllIsUnconfigured() {
        HeartbeatSource missing = source(Fixtures.directory(Fixtures.agents(Map.of()), dir.resolve("nope")));
        assertEquals(
                ReadOutcome.UNREACHABLE,
                assertThrows(SourceFailure.class, missing::poll).outcome());

        HeartbeatSource unconfigured = source(Fixtures.directory(Fixtures.agents(Map.of()), null));
        assertEquals(
                ReadOutcome.UNCONFIGURED,
                assertThrows(SourceFailure.class, unconfigured::poll).outcome());
    }

    private Map<String, SubjectSeen> poll(Map<String, AgentsConfig.Agent> declared) throws SourceFailure {
        FixtureFiles.copy("heartbeats", dir);
        SourceSnapshot snapshot =
                source(Fixtures.directory(Fixtures.agents(declared), dir)).poll();
        assertEquals(ReadOutcome.OK, snapshot.outcome());
        return snapshot.seen().stream().collect(Collectors.toMap(SubjectSeen::subject, Function.identity()));
    }

    private static Map<String, SubjectSeen> byName(SourceSnapshot snapshot) {
        return snapshot.seen().stream().collect(Collectors.toMap(SubjectSeen::subject, Function.identity()));
    }

    private static HeartbeatSource source(AgentDirectory directory) {
        return new HeartbeatSource(TestConfigs.of(HeartbeatConfig.class, Map.of()), directory, new HermesLiveness());
    }
}
