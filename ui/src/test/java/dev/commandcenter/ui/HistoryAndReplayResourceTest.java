package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryAndReplayResourceTest {

    @BeforeEach
    void collectorHasPolled() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/sources")
                        .then()
                        .body("sources.find { it.source == 'collector' }.freshness", equalTo("live")));
    }

    @Test
    void transitionsOfASourceStartWithItsFirstKnownState() {
        given().get("/api/history/transitions?kind=source&subject=collector&from=2000-01-01T00:00:00Z")
                .then()
                .statusCode(200)
                .body("transitions[0].subject", equalTo("collector"))
                .body("transitions[0].from_state", nullValue())
                .body("transitions[0].to_state", equalTo("unknown"))
                .body("transitions[1].from_state", equalTo("unknown"))
                .body("transitions[1].to_state", equalTo("live"))
                .body("transitions[1].evidence.reads.size()", equalTo(1));
    }

    @Test
    void historyQueriesWithBadParametersAreRefusedWithTheReason() {
        given().get("/api/history/transitions?kind=planet")
                .then()
                .statusCode(400)
                .body(containsString("kind must be one of agent, job, source, pr"));
        given().get("/api/history/transitions?kind=source&from=yesterday")
                .then()
                .statusCode(400)
                .body(containsString("from=yesterday is not an ISO-8601 instant"));
        given().get("/api/history/transitions?kind=source&cursor=%%%").then().statusCode(400);
        given().get("/api/history/availability?kind=source")
                .then()
                .statusCode(400)
                .body(containsString("subject is required"));
    }

    @Test
    void availabilityTellsTheCurrentStateOfASource() {
        given().get("/api/history/availability?kind=source&subject=collector")
                .then()
                .statusCode(200)
                .body("current_state", equalTo("live"))
                .body("flapping", equalTo(false));
    }

    @Test
    void logExportStreamsObservationsAsNdjsonWithTheirPayloads() throws Exception {
        String body = given().get("/api/log?source=collector")
                .then()
                .statusCode(200)
                .contentType(containsString("application/x-ndjson"))
                .extract()
                .asString();
        String[] lines = body.strip().split("\n");
        assertTrue(lines.length >= 1);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertTrue(first.get("subject").asText().equals("collector:host:test-host"), lines[0]);
        assertTrue(first.get("payload").isObject(), "payload is JSON, not a quoted string: " + lines[0]);
        assertTrue(first.get("payload").get("host").asText().equals("test-host"));
    }

    @Test
    void replayRefusesTheFutureAndNonsense() {
        given().get("/api/sources?at=2999-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body(containsString("is in the future"));
        given().get("/api/sources?at=last-tuesday")
                .then()
                .statusCode(400)
                .body(containsString("not an ISO-8601 instant"));
    }

    @Test
    void replayBeforeTheLogBeginsSaysSoAndKnowsNothing() {
        given().get("/api/sources?at=2001-01-01T00:00:00Z")
                .then()
                .statusCode(200)
                .body("replay.replay", equalTo(true))
                .body("replay.before_log", equalTo(true))
                .body("sources.freshness", everyItem(equalTo("unknown")));
        given().get("/sources?at=2001-01-01T00:00:00Z")
                .then()
                .statusCode(200)
                .body(containsString("class=\"replay-banner\""))
                .body(containsString("before the log begins"))
                .body(containsString("Judged with today's settings"))
                .body(not(containsString("http-equiv=\"refresh\"")));
    }

    @Test
    void livePageHasATimeControlAndNoReplayBanner() {
        given().get("/sources")
                .then()
                .statusCode(200)
                .body(containsString("name=\"at\""))
                .body(containsString("method=\"get\""))
                .body(not(containsString("class=\"replay-banner\"")));
    }
}
