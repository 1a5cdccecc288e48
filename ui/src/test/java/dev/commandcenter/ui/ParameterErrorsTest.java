package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A parameter the command center cannot use is a 400 that names it, repeats the value and says what
 * is accepted: JSON under {@code /api}, a page for the dashboard's pages. A subject never seen is
 * said to be so, not shown in an invented state.
 */
@QuarkusTest
class ParameterErrorsTest {

    private static final List<String> VIEWS = List.of(
            "/api/sources",
            "/api/views/brief",
            "/api/views/agent-health",
            "/api/views/review-queue",
            "/api/views/cron-state",
            "/api/views/task-board");
    private static final List<String> PAGES = List.of("/", "/sources", "/agents", "/reviews", "/cron", "/tasks");
    private static final String DEEP_PAST = "-999999999-01-01T00:00:00Z";

    @BeforeEach
    void collectorHasPolled() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/sources")
                        .then()
                        .body("sources.find { it.source == 'collector' }.freshness", equalTo("live")));
    }

    @Test
    void wholeNumbersThatAreNotOneOrOutOfRangeAreRefusedNamingTheParameter() {
        for (String limit : List.of("abc", "1.5", "99999999999999999999", "0")) {
            given().queryParam("kind", "source")
                    .queryParam("limit", limit)
                    .get("/api/history/transitions")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("status", equalTo(400))
                    .body("parameter", equalTo("limit"))
                    .body("value", equalTo(limit))
                    .body("accepted", equalTo("a whole number from 1 to 1000"))
                    .body("message", startsWith("limit=" + limit + " is "));
        }
        for (String last : List.of("abc", "-5")) {
            given().queryParam("kind", "source")
                    .queryParam("subject", "collector")
                    .queryParam("last", last)
                    .get("/api/history/availability")
                    .then()
                    .statusCode(400)
                    .body("parameter", equalTo("last"))
                    .body("value", equalTo(last))
                    .body("accepted", equalTo("a whole number from 1 to 1000"));
        }
    }

    @Test
    void instantsOutsideTheYearsTheLogCanHoldAreRefusedOnEveryViewAndPage() {
        for (String view : VIEWS) {
            given().queryParam("at", DEEP_PAST)
                    .get(view)
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("parameter", equalTo("at"))
                    .body("value", equalTo(DEEP_PAST))
                    .body("message", containsString("outside the years"))
                    .body("accepted", containsString("2000-01-01T00:00:00Z"));
        }
        for (String page : PAGES) {
            given().queryParam("at", DEEP_PAST)
                    .get(page)
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<code class=\"parameter\">at</code>"))
                    .body(containsString(DEEP_PAST))
                    .body(containsString("outside the years"));
        }
        for (String bound : List.of("from", "to")) {
            given().queryParam("kind", "source")
                    .queryParam("subject", "collector")
                    .queryParam(bound, DEEP_PAST)
                    .get("/api/history/availability")
                    .then()
                    .statusCode(400)
                    .body("parameter", equalTo(bound));
            given().queryParam(bound, "+999999999-12-31T23:59:59Z")
                    .get("/api/log")
                    .then()
                    .statusCode(400)
                    .body("parameter", equalTo(bound));
        }
    }

    @Test
    void aPageRefusesABadFilterWithAPageNamingIt() {
        given().queryParam("status", "all-clear")
                .get("/reviews")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("<code class=\"parameter\">status</code>"))
                .body(containsString("<code class=\"value\">all-clear</code>"))
                .body(containsString("ready"))
                .body(not(containsString("Exception")));
        given().queryParam("sort", "<b>size</b>")
                .get("/api/views/review-queue")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("sort"))
                .body("accepted", equalTo("one of age, activity, repo, status"));
        given().queryParam("sort", "<b>size</b>")
                .get("/reviews")
                .then()
                .statusCode(400)
                .body(containsString("&lt;b&gt;size&lt;/b&gt;"))
                .body(not(containsString("<b>size</b>")));
    }

    @Test
    void theLogExportRefusesAnInvertedWindowAndAnUnknownSource() {
        given().queryParam("from", "2026-03-02T10:00:00Z")
                .queryParam("to", "2026-03-02T09:00:00Z")
                .get("/api/log")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("from"))
                .body("message", equalTo("from must not be after to"));
        given().queryParam("source", "gitee")
                .get("/api/log")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("source"))
                .body("value", equalTo("gitee"))
                .body("accepted", containsString("gitea"));
        given().queryParam("source", "collector").get("/api/log").then().statusCode(200);
    }

    @Test
    void historyOfASubjectNeverSeenSaysSoInsteadOfInventingAState() {
        given().queryParam("kind", "source")
                .queryParam("subject", "gitee")
                .get("/api/history/availability")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("subject"))
                .body("value", equalTo("gitee"))
                .body("message", containsString("never seen"));
        given().queryParam("kind", "agent")
                .queryParam("subject", "nobody")
                .get("/api/history/availability")
                .then()
                .statusCode(404)
                .body("message", containsString("no agent nobody was seen"));
        given().queryParam("kind", "agent")
                .queryParam("subject", "nobody")
                .get("/api/history/transitions")
                .then()
                .statusCode(404)
                .body("value", equalTo("nobody"));
        given().queryParam("kind", "source")
                .queryParam("subject", "collector")
                .get("/api/history/availability")
                .then()
                .statusCode(200)
                .body("current_state", equalTo("live"));
    }

    @Test
    void theApiDescriptionStillSaysWhichNumbersAreAccepted() {
        String parameters = "paths.'/api/history/%s'.get.parameters.find { it.name == '%s' }.schema";
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(parameters.formatted("transitions", "limit") + ".type", equalTo("integer"))
                .body(parameters.formatted("transitions", "limit") + ".maximum", equalTo(1000))
                .body(parameters.formatted("availability", "last") + ".minimum", equalTo(1));
    }
}
