package dev.commandcenter.query.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folds heartbeat, process, endpoint and Gitea observations at a fixed instant into each agent state. */
class AgentHealthProjectionTest {

    static final Instant AT = Instant.parse("2026-07-20T09:40:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    private final FakeLog log = new FakeLog();

    @Test
    void marksAgentDownWhenProcessMissing() {
        beat(working("fleet/api#42"), AT.minusSeconds(30));
        processSays("missing", "no process 48213");

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.DOWN, row.state());
        assertEquals(FailureMode.PROCESS_MISSING, row.failureMode());
        assertEquals("process missing: no process 48213", row.reason());
    }

    @Test
    void marksAgentDownWhenItsPidNowBelongsToAnotherProcess() {
        beat(working("fleet/api#42"), AT.minusSeconds(30));
        processSays("recycled", "pid 48213 now belongs to a process started at 2026-07-20T09:12:00Z");

        assertEquals(FailureMode.PID_RECYCLED, row("kimi-worker-2").failureMode());
        assertEquals(AgentState.DOWN, row("kimi-worker-2").state());
    }

    @Test
    void marksAgentDegradedWhenProcessPresentButHeartbeatOld() {
        ObjectNode heartbeat = idle();
        heartbeat.put("written_at", AT.minus(Duration.ofMinutes(25)).toString());
        beat(heartbeat, AT.minus(Duration.ofMinutes(25)));
        processSays("alive", null);

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.DEGRADED, row.state());
        assertEquals(FailureMode.NOT_PROGRESSING, row.failureMode());
        assertTrue(
                row.reason().startsWith("process present but not progressing: last heartbeat 25m ago"), row.reason());
    }

    @Test
    void marksAHeartbeatWrittenInTheFutureDegradedAsClockSkew() {
        ObjectNode heartbeat = idle();
        heartbeat.put("written_at", AT.plus(Duration.ofMinutes(30)).toString());
        beat(heartbeat, AT.minusSeconds(30));
        processSays("alive", null);

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.DEGRADED, row.state());
        assertEquals(FailureMode.CLOCK_SKEW, row.failureMode());
        assertTrue(row.reason().startsWith("heartbeat written in the future: clock skew?"), row.reason());
    }

    @Test
    void toleratesAHeartbeatAheadOfTheCollectorWithinTheSkewBound() {
        ObjectNode heartbeat = idle();
        heartbeat.put("written_at", AT.plusSeconds(60).toString());
        beat(heartbeat, AT.minusSeconds(30));
        processSays("alive", null);

        assertEquals(AgentState.IDLE, row("kimi-worker-2").state());
        assertEquals(
                AgentState.DEGRADED,
                new AgentHealthProjection(
                                log,
                                new SourcesProjection(log),
                                FlappingSubjects.NONE,
                                new AgentBounds(Duration.ofSeconds(30), Duration.ofDays(7)))
                        .at(AT)
                        .agents()
                        .get(0)
                        .state(),
                "the bound is a setting");
    }

    @Test
    void keepsListingAnUndeclaredAgentWhoseHeartbeatFileWasRemoved() {
        log.observe(
                "heartbeats",
                "agent:scout",
                AT.minus(Duration.ofMinutes(10)),
                envelope("scout", idleWrittenAt(AT.minus(Duration.ofMinutes(10))), null, "scout")
                        .replace("\"declared\":true", "\"declared\":false"));
        log.vanish("heartbeats", "agent:scout", AT.minus(Duration.ofMinutes(5)));

        AgentRow row = row("scout");

        assertEquals(AgentState.UNKNOWN, row.state());
        assertTrue(row.reason().startsWith("heartbeat file removed 5m ago"), row.reason());
        assertEquals(AT.minus(Duration.ofMinutes(5)), row.observedAt());
        AgentHealthProjection shortRetention = new AgentHealthProjection(
                log,
                new SourcesProjection(log),
                FlappingSubjects.NONE,
                new AgentBounds(Duration.ofMinutes(2), Duration.ofMinutes(4)));
        assertTrue(shortRetention.at(AT).agents().isEmpty(), "after the retention bound it leaves the view");
    }

    @Test
    void dropsADeclaredAgentOnceTheOperatorRemovesItFromConfiguration() {
        beat(idleWrittenAt(AT.minus(Duration.ofMinutes(10))), AT.minus(Duration.ofMinutes(10)));
        log.vanish("heartbeats", "agent:kimi-worker-2", AT.minus(Duration.ofMinutes(5)));

        assertTrue(projection().at(AT).agents().isEmpty());
    }

    @Test
    void showsHealthyIdleAgentAsIdleWithItsModelAndLastSuccess() {
        beat(idle(), AT.minusSeconds(30));
        processSays("alive", null);

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.IDLE, row.state());
        assertNull(row.claim());
        assertEquals("kimi-k2-0905", row.model());
        assertEquals("moonshot", row.provider());
        assertEquals(Instant.parse("2026-07-20T09:31:02Z"), row.lastActivity());
        assertEquals(Freshness.LIVE, row.freshness());
        assertEquals(List.of("heartbeats", "processes"), row.sources());
    }

    @Test
    void showsHealthyWorkingAgentAsBusyOnAClaimAssignedToIt() throws IOException {
        ObjectNode heartbeat = working("acme/tools#41");
        heartbeat.put("claimed_at", AT.minus(Duration.ofMinutes(20)).toString());
        beat("alice-bot", heartbeat, AT.minusSeconds(30), "alice");
        processOf("alice-bot", "alive");
        giteaIssues();

        AgentRow row = row("alice-bot");

        assertEquals(AgentState.BUSY, row.state());
        assertEquals(Assignment.ASSIGNED, row.claim().assignment());
        assertEquals(
                "https://gitea.example.com/acme/tools/issues/41", row.claim().url());
        assertEquals("working on acme/tools#41 for 20m", row.reason());
    }

    @Test
    void marksAgentStuckWhenItHoldsOneClaimLongerThanItsBound() {
        ObjectNode heartbeat = working("fleet/api#42");
        heartbeat.put("claimed_at", AT.minus(Duration.ofHours(3)).toString());
        beat(heartbeat, AT.minusSeconds(30));
        processSays("alive", null);

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.STUCK, row.state());
        assertTrue(row.reason().startsWith("on fleet/api#42 for at least 3h 0m, longer than 2h 0m"), row.reason());
    }

    @Test
    void derivesHowLongAClaimIsHeldFromTheLogWhenTheHeartbeatDoesNotSay() {
        for (int minutesAgo = 150; minutesAgo >= 0; minutesAgo -= 30) {
            ObjectNode heartbeat = working("fleet/api#42");
            heartbeat.put("written_at", AT.minus(Duration.ofMinutes(minutesAgo)).toString());
            beat(heartbeat, AT.minus(Duration.ofMinutes(minutesAgo)));
        }
        processSays("alive", null);
        assertEquals(AgentState.STUCK, row("kimi-worker-2").state());

        ObjectNode switched = working("fleet/api#43");
        beat(switched, AT);
        AgentRow row = row("kimi-worker-2");
        assertEquals(AgentState.BUSY, row.state(), "a new claim starts a new clock");
        assertEquals(AT, row.claim().since());
    }

    @Test
    void marksWrongWorkWhenTheClaimIsAssignedToSomeoneElseOrNobody() throws IOException {
        beat(working("acme/tools#41"), AT.minusSeconds(30));
        beat("claude-reviewer", working("acme/tools#40"), AT.minusSeconds(30), "claude-reviewer");
        giteaIssues();

        AgentRow other = row("kimi-worker-2");
        assertEquals(AgentState.WRONG_WORK, other.state());
        assertEquals(Assignment.NOT_ASSIGNED, other.claim().assignment());
        assertEquals(
                "works on acme/tools#41, but acme/tools#41 is assigned to alice, not kimi-worker-2", other.reason());
        assertEquals(
                "works on acme/tools#40, but acme/tools#40 is assigned to nobody in Gitea",
                row("claude-reviewer").reason());
    }

    @Test
    void marksWrongWorkWhenTheClaimIsClosed() throws IOException {
        beat(working("acme/tools#41"), AT.minusSeconds(30));
        JsonNode issue = issue(0);
        ((ObjectNode) issue).put("state", "closed");
        log.observe("gitea", "gitea:issue:acme/tools#41", AT.minusSeconds(60), issue.toString());

        assertEquals(AgentState.WRONG_WORK, row("kimi-worker-2").state());
        assertEquals(Assignment.CLOSED, row("kimi-worker-2").claim().assignment());
    }

    @Test
    void saysTheAssignmentIsUnknownWithoutGiteaDataRatherThanGuessing() {
        beat(working("fleet/api#42"), AT.minusSeconds(30));
        processSays("alive", null);

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.BUSY, row.state());
        assertEquals(Assignment.UNKNOWN, row.claim().assignment());
        assertEquals(
                "assignment unknown: no Gitea data (unknown: never read)",
                row.claim().detail());
    }

    @Test
    void marksAgentRateLimitedWhenIts429IsNewerThanItsLastSuccess() throws IOException {
        JsonNode heartbeat = FixtureFiles.json("heartbeats/claude-reviewer.json");
        beat("claude-reviewer", (ObjectNode) heartbeat, AT.minus(Duration.ofMinutes(2)), "claude-reviewer");

        AgentRow row = row("claude-reviewer");

        assertEquals(AgentState.RATE_LIMITED, row.state());
        assertEquals(FailureMode.RATE_LIMITED, row.failureMode());
        assertTrue(row.reason().contains("HTTP 429"), row.reason());
    }

    @Test
    void marksAgentDegradedWithTheFailureKindItReported() {
        ObjectNode heartbeat = idle();
        ObjectNode error = heartbeat.putObject("last_error");
        error.put("kind", "auth");
        error.put("message", "401 Unauthorized: invalid x-api-key");
        error.put("at", AT.minus(Duration.ofMinutes(3)).toString());
        beat(heartbeat, AT.minusSeconds(30));

        assertEquals(AgentState.DEGRADED, row("kimi-worker-2").state());
        assertEquals(FailureMode.AUTH, row("kimi-worker-2").failureMode());
    }

    @Test
    void listsADeclaredButNeverSeenAgentAsUnknownWithNoHeartbeatEver() {
        log.observe(
                "heartbeats",
                "agent:hermes-ops",
                AT.minusSeconds(30),
                envelope(
                        "hermes-ops",
                        null,
                        "{\"kind\":\"missing\",\"message\":\"heartbeats/hermes-ops.json does not exist\"}",
                        "hermes-ops"));

        AgentRow row = row("hermes-ops");

        assertEquals(AgentState.UNKNOWN, row.state());
        assertEquals("no heartbeat ever: heartbeats/hermes-ops.json does not exist", row.reason());
    }

    @Test
    void marksAgentDegradedWhenItsHeartbeatIsTruncatedButItsProcessRuns() {
        log.observe(
                "heartbeats",
                "agent:kimi-worker-2",
                AT.minusSeconds(30),
                envelope(
                        "kimi-worker-2",
                        null,
                        "{\"kind\":\"malformed\",\"message\":\"not JSON: Unexpected end-of-input\"}",
                        "kimi-worker-2"));
        processSays("alive", null);

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.DEGRADED, row.state());
        assertEquals(FailureMode.HEARTBEAT_UNREADABLE, row.failureMode());
    }

    @Test
    void neverShowsAHealthyStateFromStaleReads() {
        beat(idleWrittenAt(AT.minus(Duration.ofMinutes(4))), AT.minus(Duration.ofMinutes(4)));
        log.read("heartbeats", AT.minus(Duration.ofMinutes(10)), ReadOutcome.OK, Duration.ofMinutes(3));

        AgentRow row = row("kimi-worker-2");

        assertEquals(AgentState.UNKNOWN, row.state());
        assertEquals(Freshness.STALE, row.freshness());
        assertTrue(row.reason().startsWith("last seen idle, but heartbeats is stale"), row.reason());
    }

    @Test
    void marksACrashedHermesGatewayDownAndARunningOneRateLimitedByItsMarker() {
        String crashed = "{\"gateway_state\":\"running\",\"active_agents\":1,\"pid\":7114,\"start_time\":996808,"
                + "\"rate_limits\":[],\"platforms\":{},\"sessions\":{\"model\":\"anthropic/claude-sonnet-4.5\"}}";
        log.observe("heartbeats", "agent:hermes", AT.minusSeconds(30), hermesEnvelope(crashed));
        log.observe(
                "processes",
                "process:hermes",
                AT.minusSeconds(30),
                "{\"agent\":\"hermes\",\"method\":\"hermes-gateway\",\"pids\":[7114],\"verdict\":\"missing\","
                        + "\"reason\":\"no process 7114\"}");
        assertEquals(AgentState.DOWN, row("hermes").state());

        String running = "{\"gateway_state\":\"running\",\"active_agents\":2,\"pid\":6998,\"start_time\":995074,"
                + "\"rate_limits\":[{\"provider\":\"nous\",\"reset_at\":\"2026-07-20T10:00:00.034Z\"}],"
                + "\"platforms\":{\"telegram\":{\"state\":\"connected\"}},"
                + "\"sessions\":{\"model\":\"anthropic/claude-sonnet-4.5\",\"last_activity_at\":\"2026-07-20T09:38:40.077Z\"}}";
        log.observe("heartbeats", "agent:hermes", AT.minusSeconds(10), hermesEnvelope(running));
        log.observe(
                "processes",
                "process:hermes",
                AT.minusSeconds(10),
                "{\"agent\":\"hermes\",\"method\":\"hermes-gateway\",\"pids\":[6998],\"verdict\":\"alive\",\"reason\":null}");
        AgentRow row = row("hermes");
        assertEquals(AgentState.RATE_LIMITED, row.state());
        assertEquals("nous rate limit until 2026-07-20T10:00:00.034Z", row.reason());
        assertEquals("anthropic/claude-sonnet-4.5", row.model());
    }

    @Test
    void neverTakesARunningHermesGatewayAtItsWordWhenItsProcessCannotBeChecked() {
        String running = "{\"gateway_state\":\"running\",\"active_agents\":2,\"pid\":6998,\"rate_limits\":[],"
                + "\"platforms\":{\"telegram\":{\"state\":\"connected\"}},\"sessions\":{\"open_sessions\":1}}";
        log.observe("heartbeats", "agent:hermes", AT.minusSeconds(30), hermesEnvelope(running));
        for (String[] check : new String[][] {
            {"no-pid", "no gateway.pid and no pid in gateway_state.json"},
            {"unreadable", "the pid file holds no pid"},
            {"other-host", "the agent runs on gpu-box; its pid cannot be checked here"}
        }) {
            log.observe(
                    "processes",
                    "process:hermes",
                    AT.minusSeconds(30),
                    "{\"agent\":\"hermes\",\"method\":" + "\"hermes-gateway\",\"pids\":[],\"verdict\":\"" + check[0]
                            + "\",\"reason\":\"" + check[1] + "\"}");

            AgentRow row = row("hermes");

            assertEquals(AgentState.UNKNOWN, row.state(), check[0]);
            assertEquals(
                    "gateway says running, but its process is not confirmed: " + check[0] + " (" + check[1] + ")",
                    row.reason());
        }
    }

    @Test
    void marksACleanlyStoppedHermesGatewayDownWithoutNeedingItsPid() {
        String stopped = "{\"gateway_state\":\"stopped\",\"active_agents\":0,\"pid\":7107,\"pid_file\":false,"
                + "\"clean_shutdown\":true,\"rate_limits\":[],\"sessions\":{\"open_sessions\":0}}";
        log.observe("heartbeats", "agent:hermes", AT.minusSeconds(30), hermesEnvelope(stopped));

        AgentRow row = row("hermes");

        assertEquals(AgentState.DOWN, row.state());
        assertEquals(FailureMode.GATEWAY_STOPPED, row.failureMode());
        assertEquals("gateway stopped", row.reason());
    }

    @Test
    void listsEndpointsAsServicesAndDegradesTheAgentsThatDependOnADownOne() {
        log.observe(
                "heartbeats",
                "agent:kimi-worker-2",
                AT.minusSeconds(30),
                envelope("kimi-worker-2", idle(), null, "kimi-worker-2")
                        .replace("\"endpoint\":null", "\"endpoint\":\"ollama\""));
        log.observe(
                "endpoints",
                "endpoint:ollama",
                AT.minusSeconds(20),
                "{\"name\":\"ollama\",\"url\":"
                        + "\"http://127.0.0.1:11434/api/tags\",\"status\":null,\"latency_ms\":1500,\"state\":\"down\","
                        + "\"reason\":\"timeout: no answer within 1500 ms\"}");

        AgentHealthView view = projection().at(AT);

        ServiceRow ollama = view.services().get(0);
        assertEquals(ServiceState.DOWN, ollama.state());
        assertEquals(Freshness.LIVE, ollama.freshness());
        assertEquals(AgentState.DEGRADED, view.agents().get(0).state());
        assertEquals(FailureMode.DEPENDENCY_DOWN, view.agents().get(0).failureMode());
    }

    @Test
    void replaysTheViewAsTheLogStoodAtAnEarlierInstant() {
        beat(idleWrittenAt(AT.minus(Duration.ofMinutes(5))), AT.minus(Duration.ofMinutes(5)));
        processAt("alive", AT.minus(Duration.ofMinutes(5)));
        processAt("missing", AT.minusSeconds(30));

        assertEquals(AgentState.DOWN, projection().at(AT).agents().get(0).state());
        assertEquals(
                AgentState.IDLE,
                projection().at(AT.minus(Duration.ofMinutes(4))).agents().get(0).state());
    }

    @Test
    void embedsTheStatusOfEverySourceItDrawsOn() {
        AgentHealthView view = projection().at(AT);

        assertEquals(
                List.of("heartbeats", "processes", "endpoints", "gitea"),
                view.sources().stream().map(s -> s.source()).toList());
        assertTrue(view.agents().isEmpty());
        assertEquals(Freshness.UNKNOWN, view.sources().get(0).freshness());
    }

    // --- building observations as the collector stores them

    private AgentRow row(String name) {
        return projection().at(AT).agents().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private AgentHealthProjection projection() {
        return new AgentHealthProjection(log, new SourcesProjection(log));
    }

    private void beat(ObjectNode heartbeat, Instant observedAt) {
        beat("kimi-worker-2", heartbeat, observedAt, "kimi-worker-2");
    }

    private void beat(String agent, ObjectNode heartbeat, Instant observedAt, String login) {
        log.observe("heartbeats", "agent:" + agent, observedAt, envelope(agent, heartbeat, null, login));
    }

    private void processSays(String verdict, String reason) {
        process("kimi-worker-2", verdict, reason, AT.minusSeconds(30));
    }

    private void processAt(String verdict, Instant observedAt) {
        process("kimi-worker-2", verdict, null, observedAt);
    }

    private void processOf(String agent, String verdict) {
        process(agent, verdict, null, AT.minusSeconds(30));
    }

    private void process(String agent, String verdict, String reason, Instant observedAt) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("agent", agent);
        payload.put("method", "pid-file");
        payload.putArray("pids").add(48213);
        payload.put("verdict", verdict);
        payload.put("reason", reason);
        log.observe("processes", "process:" + agent, observedAt, payload.toString());
    }

    private static String envelope(String agent, ObjectNode heartbeat, String error, String login) {
        String claim = heartbeat != null && heartbeat.path("claim").isTextual()
                ? "\"" + heartbeat.get("claim").asText() + "\""
                : "null";
        return "{\"agent\":\"" + agent + "\",\"claim\":" + claim + ",\"heartbeat\":" + heartbeat
                + ",\"file\":\"heartbeats/" + agent + ".json\",\"error\":" + error
                + ",\"settings\":{\"declared\":true,\"stuck_after_seconds\":7200,\"heartbeat_max_age_seconds\":600,"
                + "\"gitea_login\":\"" + login + "\",\"endpoint\":null,\"hermes_home\":null}}";
    }

    private static String hermesEnvelope(String hermes) {
        return "{\"agent\":\"hermes\",\"claim\":null,\"heartbeat\":null,\"file\":null,\"error\":null,"
                + "\"settings\":{\"declared\":true,\"stuck_after_seconds\":7200,\"heartbeat_max_age_seconds\":600,"
                + "\"gitea_login\":\"hermes\",\"endpoint\":null,\"hermes_home\":\"hermes-home\"},\"hermes\":" + hermes
                + "}";
    }

    private static ObjectNode idle() {
        ObjectNode heartbeat = (ObjectNode) FixtureFiles.json("heartbeats/kimi-worker-2.json");
        heartbeat.put("state", "idle");
        heartbeat.putNull("claim");
        heartbeat.remove("claimed_at");
        heartbeat.put("written_at", AT.minusSeconds(40).toString());
        return heartbeat;
    }

    private static ObjectNode idleWrittenAt(Instant written) {
        ObjectNode heartbeat = idle();
        heartbeat.put("written_at", written.toString());
        return heartbeat;
    }

    private static ObjectNode working(String claim) {
        ObjectNode heartbeat = idle();
        heartbeat.put("state", "working");
        heartbeat.put("claim", claim);
        return heartbeat;
    }

    private void giteaIssues() throws IOException {
        for (int i = 0; i < 2; i++) {
            JsonNode issue = issue(i);
            log.observe(
                    "gitea",
                    "gitea:issue:acme/tools#" + issue.get("number").asInt(),
                    AT.minusSeconds(60),
                    issue.toString());
        }
    }

    private static JsonNode issue(int index) throws IOException {
        return FixtureFiles.json("gitea/issues.list.open.type-issues.json").get(index);
    }
}
