package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

/** A client polling a view with its entity tag is told "not modified" until the view changes. */
@QuarkusTest
class ConditionalViewsTest {

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @Test
    void aViewThatDidNotChangeIsNotSentAgainAndOneThatChangedIs() {
        // The collector here polls every second, and each read changes the brief: ask twice in a row until
        // no poll fell in between.
        String[] last = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String tag = given().get("/api/views/brief")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-cache")
                    .extract()
                    .header("ETag");
            assertNotNull(tag, "the brief carries an entity tag");
            given().header("If-None-Match", tag)
                    .get("/api/views/brief")
                    .then()
                    .statusCode(304)
                    .body(emptyString());
            last[0] = tag;
        });
        String tag = last[0];

        Instant now = clock.instant();
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                "forge-etag",
                now.minusMillis(300),
                now,
                ReadOutcome.UNREACHABLE,
                "connection refused",
                Duration.ofMinutes(3),
                List.of(),
                List.of()));

        String changed = given().header("If-None-Match", tag)
                .get("/api/views/brief")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertNotEquals(tag, changed, "a source that failed changes the brief, and its tag");
        given().header("If-None-Match", changed).get("/api/sources").then().statusCode(200);
    }
}
