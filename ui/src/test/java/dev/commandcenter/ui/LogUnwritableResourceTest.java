package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.commandcenter.log.LogWriteStatus;
import dev.commandcenter.log.PollWriter;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A poll the log refuses is not a silent "never read": the sources page, its API and readiness say so. */
@QuarkusTest
class LogUnwritableResourceTest {

    /** A source name nothing else polls here, so no other append ends the failure during the test. */
    private static final String SOURCE = "refused-source";

    @Inject
    PollWriter writer;

    @Inject
    LogWriteStatus writes;

    @AfterEach
    void forgetTheFailure() {
        writes.appended(SOURCE);
    }

    @Test
    void aRefusedAppendMakesReadinessDownAndIsNamedOnTheSourcesPage() {
        writer.write(new PollResult(
                UUID.randomUUID().toString(),
                "h".repeat(300),
                SOURCE,
                Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-02T09:00:01Z"),
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(),
                List.of()));

        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'observation log writable' }.status", equalTo("DOWN"))
                .body(
                        "checks.find { it.name == 'observation log writable' }.data.'" + SOURCE + "'",
                        startsWith("the log cannot be written: Value too long for column"));
        given().get("/api/sources")
                .then()
                .statusCode(200)
                .body("log_problems[0]", startsWith("the log cannot be written: Value too long for column"))
                .body("log_problems[0]", not(containsString("hhhhhhhh")));
        given().get("/sources")
                .then()
                .statusCode(200)
                .body(containsString("role=\"alert\">the log cannot be written: Value too long for column"));
    }

    @Test
    void withEveryAppendAcceptedReadinessHasNothingToSayAboutTheLog() {
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'observation log writable' }.status", equalTo("UP"));
        given().get("/api/sources").then().body("log_problems.size()", equalTo(0));
    }
}
