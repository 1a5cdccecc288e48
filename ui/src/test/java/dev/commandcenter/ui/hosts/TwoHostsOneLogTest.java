package dev.commandcenter.ui.hosts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two collector hosts read heartbeats into one log: this process ({@code gpu-box}) and
 * {@code build-box}, whose last poll, ten minutes old, reached the log as Kafka would deliver it.
 * The fast, H2 counterpart of the scale-out suite's {@code CollectorsOnTwoHostsIT}.
 */
@QuarkusTest
@TestProfile(TwoHostsProfile.class)
class TwoHostsOneLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ObservationLog log;

    @Inject
    LogReader reader;

    @Test
    void aHostThatStoppedKeepsItsAgentsListedButStaleWhileTheOtherHostsStayLive() throws Exception {
        Files.writeString(
                TwoHostsProfile.HEARTBEATS.resolve("trainer.json"),
                "{\"agent\":\"trainer\",\"pid\":48213,"
                        + "\"host\":\"gpu-box\",\"state\":\"idle\",\"claim\":null,\"model\":\"qwen3:8b\",\"provider\":\"ollama\","
                        + "\"last_success_at\":\"" + Instant.now().minusSeconds(60) + "\",\"last_error\":null,"
                        + "\"written_at\":\"" + Instant.now() + "\"}");
        Observation trainer = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> reader.latestAt("heartbeats", Instant.now()).stream()
                                .filter(o -> o.subject().equals("agent:trainer"))
                                .findFirst()
                                .orElse(null),
                        o -> o != null);

        // build-box read its own agent's heartbeat, as the heartbeat source writes it, then stopped.
        Instant stopped = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode builder =
                JSON.readTree(trainer.payload().replace("trainer", "builder").replace("gpu-box", "build-box"));
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "build-box",
                "heartbeats",
                stopped.minusMillis(30),
                stopped,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(new SubjectSeen("agent:builder", "HeartbeatRead", stopped, builder)),
                List.of()));
        long appendedAfter = lastGpuBoxRead().id();
        await().atMost(Duration.ofSeconds(15)).until(() -> lastGpuBoxRead().id() > appendedAfter + 1);

        given().get("/api/views/agent-health")
                .then()
                .statusCode(200)
                .body("agents.find { it.name == 'trainer' }.freshness", equalTo("live"))
                .body("agents.find { it.name == 'builder' }.freshness", equalTo("stale"))
                .body(
                        "agents.find { it.name == 'builder' }.inputs.find { it.source == 'heartbeats' }.reason",
                        containsString("collector host build-box has not reported since " + stopped));
        assertTrue(
                reader.history("heartbeats", "agent:builder", stopped, Instant.now()).stream()
                        .noneMatch(Observation::gone),
                "gpu-box's polls never mark build-box's agent gone");
    }

    private SourceRead lastGpuBoxRead() {
        return reader.lastRead("heartbeats", "gpu-box", Instant.now()).orElseThrow();
    }
}
