package dev.commandcenter.ui.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.FixtureFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records a quarter hour of polls at the fixtures' instant (an agent whose process vanished for two
 * minutes, a Hermes read that timed out, a pull request whose CI started failing) and asks the
 * history endpoints about it.
 */
@QuarkusTest
@TestProfile(HistoryProfile.class)
class ViewHistoryResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The instant the fixtures were taken at (their cron runner was alive then). */
    static final Instant BASE = Instant.parse("2026-07-20T09:30:00Z");

    static boolean recorded;

    @Inject
    ObservationLog log;

    @BeforeEach
    void recordAQuarterHour() throws IOException {
        if (recorded) {
            return;
        }
        for (int minute = 0; minute < 15; minute++) {
            Instant t = BASE.plus(Duration.ofMinutes(minute));
            log.append(ok("heartbeats", t, List.of(heartbeat(t))));
            log.append(ok("processes", t, List.of(process(minute == 3 || minute == 4 ? "missing" : "alive"))));
            log.append(
                    minute == 5
                            ? poll("hermes", t, ReadOutcome.TIMEOUT, "no answer within 10s", List.of())
                            : ok("hermes", t, cronJobs()));
            log.append(ok("gitea", t, List.of(pull(minute >= 7 ? "failure" : "success"))));
        }
        recorded = true;
    }

    @Test
    void agentTransitionsSayWhenItWentDownAndCameBackWithTheirEvidence() {
        given().get("/api/history/transitions?kind=agent&subject=kimi-worker-2&from=" + BASE + "&to=" + at(14))
                .then()
                .statusCode(200)
                .body("transitions.size()", equalTo(3))
                .body("transitions[0].from_state", nullValue())
                .body("transitions[0].to_state", equalTo("idle"))
                .body("transitions[1].from_state", equalTo("idle"))
                .body("transitions[1].to_state", equalTo("down"))
                .body("transitions[1].at", equalTo(at(3).toString()))
                .body("transitions[1].kind", equalTo("agent"))
                .body("transitions[1].evidence.observations.size()", equalTo(2))
                .body("transitions[2].to_state", equalTo("idle"))
                .body("next_cursor", nullValue());
    }

    @Test
    void agentAvailabilityTellsTimeDownAndSinceWhenItIsUp() {
        given().get("/api/history/availability?kind=agent&subject=kimi-worker-2&from=" + BASE + "&to=" + at(14))
                .then()
                .statusCode(200)
                .body("current_state", equalTo("idle"))
                .body("current_since", equalTo(at(5).toString()))
                .body("seconds_in_state.down", equalTo(120))
                .body("flapping", equalTo(false));
    }

    @Test
    void jobTransitionsShowTheHermesTimeoutAsUnknown() {
        String job = "cron:job:default/3211b8a1b2aa";
        given().get("/api/history/transitions?kind=job&subject=" + job + "&from=" + BASE + "&to=" + at(14))
                .then()
                .statusCode(200)
                .body("transitions.to_state", hasItem("unknown"))
                .body("transitions.find { it.to_state == 'unknown' }.at", equalTo(at(5).toString()))
                .body("transitions.find { it.from_state == 'unknown' }.at", equalTo(at(6).toString()));
        given().get("/api/history/availability?kind=job&subject=" + job + "&from=" + BASE + "&to=" + at(14))
                .then()
                .statusCode(200)
                .body("seconds_in_state.unknown", equalTo(60));
    }

    @Test
    void pullRequestTransitionsFollowTheReviewQueueStatus() {
        given().get("/api/history/transitions?kind=pr&from=" + BASE + "&to=" + at(14))
                .then()
                .statusCode(200)
                .body("transitions.subject", hasItem("gitea:pr:acme/tools#42"))
                .body("transitions.find { it.from_state != null }.at", equalTo(at(7).toString()));
    }

    @Test
    void aBadKindOrInstantIsRefusedWithTheReason() {
        given().get("/api/history/transitions?kind=robot")
                .then()
                .statusCode(400)
                .body(containsString("kind must be one of agent, job, source, pr"));
        given().get("/api/history/transitions?kind=agent&to=soon")
                .then()
                .statusCode(400)
                .body(containsString("to=soon is not an ISO-8601 instant"));
        given().get("/api/views/agent-health?at=yesterday")
                .then()
                .statusCode(400)
                .body(containsString("at=yesterday is not an ISO-8601 instant"));
        given().get("/api/views/cron-state?at=2999-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body(containsString("is in the future"));
    }

    @Test
    void viewRowsCarryTheFlappingMark() {
        given().get("/api/views/agent-health?at=" + at(14).plusSeconds(5))
                .then()
                .statusCode(200)
                .body("agents[0].name", equalTo("kimi-worker-2"))
                .body("agents[0].flapping", equalTo(false));
    }

    private static Instant at(int minute) {
        return BASE.plus(Duration.ofMinutes(minute));
    }

    private static PollResult ok(String source, Instant at, List<SubjectSeen> seen) {
        return poll(source, at, ReadOutcome.OK, null, seen);
    }

    private static PollResult poll(
            String source, Instant at, ReadOutcome outcome, String error, List<SubjectSeen> seen) {
        return new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                source,
                at.minusMillis(40),
                at,
                outcome,
                error,
                Duration.ofMinutes(3),
                seen,
                List.of());
    }

    private static SubjectSeen heartbeat(Instant writtenAt) throws IOException {
        ObjectNode beat = (ObjectNode) FixtureFiles.json("heartbeats/kimi-worker-2.json");
        beat.put("state", "idle");
        beat.putNull("claim");
        beat.remove("claimed_at");
        beat.put("written_at", writtenAt.toString());
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("agent", "kimi-worker-2");
        envelope.putNull("claim");
        envelope.set("heartbeat", beat);
        envelope.put("file", "heartbeats/kimi-worker-2.json");
        envelope.putNull("error");
        envelope.putObject("settings")
                .put("declared", true)
                .put("stuck_after_seconds", 7200)
                .put("heartbeat_max_age_seconds", 600)
                .put("gitea_login", "kimi-worker-2")
                .putNull("endpoint")
                .putNull("hermes_home");
        return new SubjectSeen("agent:kimi-worker-2", "HeartbeatRead", writtenAt, envelope);
    }

    private static SubjectSeen process(String verdict) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("agent", "kimi-worker-2");
        payload.put("method", "pid-file");
        payload.putArray("pids").add(48213);
        payload.put("verdict", verdict);
        payload.put("reason", "missing".equals(verdict) ? "no process 48213" : null);
        return new SubjectSeen("process:kimi-worker-2", "ProcessChecked", null, payload);
    }

    private static List<SubjectSeen> cronJobs() throws IOException {
        List<SubjectSeen> seen = new ArrayList<>();
        for (JsonNode subject : FixtureFiles.json("cron/hermes-running.json")) {
            seen.add(new SubjectSeen(
                    subject.get("subject").asText(), subject.get("kind").asText(), null, subject.get("payload")));
        }
        return seen;
    }

    private static SubjectSeen pull(String ci) throws IOException {
        ObjectNode pr =
                (ObjectNode) FixtureFiles.json("gitea/pulls.list.open.json").get(0);
        pr.put("updated_at", BASE.minus(Duration.ofHours(1)).toString());
        pr.put("created_at", BASE.minus(Duration.ofDays(1)).toString());
        ObjectNode extra = pr.putObject("command_center");
        extra.set("reviews", FixtureFiles.json("gitea/pull.reviews.42.json"));
        extra.putObject("combined_status").put("state", ci).put("total_count", 1);
        extra.putArray("changed_files")
                .addObject()
                .put("filename", "src/app.py")
                .put("status", "changed");
        extra.put("additions", 120).put("deletions", 14);
        return new SubjectSeen("gitea:pr:acme/tools#42", "PullRequestSeen", null, pr);
    }
}
