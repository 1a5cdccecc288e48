package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefResourceTest {

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @Test
    void aConfiguredSourceThatFailsMakesTheBriefUnknownAndLinksToItsRow() {
        Instant now = clock.instant();
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                "forge-c",
                now.minusMillis(300),
                now,
                ReadOutcome.UNREACHABLE,
                "connection refused",
                Duration.ofMinutes(3),
                List.of(),
                List.of()));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/views/brief")
                        .then()
                        .statusCode(200)
                        .body("overall", equalTo("unknown"))
                        .body(
                                "parts.find { it.area == 'sources' }.items.find { it.source == 'forge-c' }.link",
                                equalTo("/sources#source-forge-c"))
                        .body(
                                "parts.find { it.area == 'sources' }.items.find { it.source == 'forge-c' }.detail",
                                containsString("connection refused")));
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("Overall: unknown"))
                .body(containsString("href=\"/sources#source-forge-c\""));
    }
}
