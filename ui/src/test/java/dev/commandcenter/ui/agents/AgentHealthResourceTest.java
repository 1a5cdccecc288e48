package dev.commandcenter.ui.agents;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AgentsProfile.class)
class AgentHealthResourceTest {

    @Test
    void aWorkingAgentWhoseProcessIsKilledTurnsDownWithinAPoll() throws Exception {
        Process agent = new ProcessBuilder("sleep", "600").start();
        try {
            Files.writeString(AgentsProfile.DIR.resolve("worker.pid"), Long.toString(agent.pid()));
            Files.writeString(
                    AgentsProfile.DIR.resolve("worker.json"),
                    "{\"agent\":\"worker\",\"pid\":" + agent.pid()
                            + ",\"host\":\"test-host\",\"state\":\"working\",\"claim\":\"acme/tools#41\",\"model\":\"qwen3:8b\","
                            + "\"provider\":\"ollama\",\"last_success_at\":\""
                            + Instant.now().minusSeconds(60) + "\","
                            + "\"last_error\":null,\"written_at\":\"" + Instant.now() + "\"}");

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> given().get("/api/views/agent-health")
                            .then()
                            .statusCode(200)
                            .body("agents.find { it.name == 'worker' }.state", equalTo("busy"))
                            .body("agents.find { it.name == 'worker' }.claim.ref", equalTo("acme/tools#41"))
                            .body("agents.find { it.name == 'worker' }.claim.assignment", equalTo("unknown"))
                            .body("agents.find { it.name == 'worker' }.model", equalTo("qwen3:8b"))
                            .body("agents.find { it.name == 'worker' }.freshness", equalTo("live"))
                            .body("services.find { it.name == 'local-model' }.state", equalTo("up")));

            agent.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> given().get("/api/views/agent-health")
                            .then()
                            .body("agents.find { it.name == 'worker' }.state", equalTo("down"))
                            .body("agents.find { it.name == 'worker' }.failure_mode", equalTo("process-missing"))
                            .body("agents.find { it.name == 'worker' }.reason", startsWith("process missing")));
        } finally {
            agent.destroyForcibly();
        }
    }

    @Test
    void aBrokenHeartbeatFileIsThatAgentsRowNotAnEmptyView() throws IOException {
        Files.writeString(
                AgentsProfile.DIR.resolve("gemini-triage.json"),
                "{\"agent\":\"gemini-triage\",\"pid\":50102,\"state\":\"working\",\"claim\":\"fleet/web#7\",\"provi");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/views/agent-health")
                        .then()
                        .body("agents.find { it.name == 'gemini-triage' }.state", equalTo("unknown"))
                        .body(
                                "agents.find { it.name == 'gemini-triage' }.reason",
                                equalTo(
                                        "heartbeat unreadable:"
                                                + " gemini-triage.json is not JSON: it ends in the middle of a value at line 1, column 84"))
                        .body("sources.source", hasItems("heartbeats", "processes", "endpoints", "gitea")));
    }

    @Test
    void theAgentsPageShowsTheSameRowsAndServices() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/agents")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/html"))
                        .body(containsString("id=\"agent-worker\""))
                        .body(containsString("id=\"service-local-model\""))
                        .body(containsString("</span> up</td>")));
    }

    @Test
    void refusesAnInstantThatIsNotOne() {
        given().get("/api/views/agent-health?at=yesterday")
                .then()
                .statusCode(400)
                .body(containsString("not an ISO-8601 instant"));
    }
}
