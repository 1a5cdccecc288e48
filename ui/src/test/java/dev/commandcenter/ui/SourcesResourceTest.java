package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.WireName;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourcesResourceTest {

    @Test
    void listsEveryKnownSourceAndCallsTheUnreadOnesUnknown() {
        given().get("/api/sources")
                .then()
                .statusCode(200)
                .body(
                        "sources.source",
                        hasItems("collector", "gitea", "hermes", "huey", "heartbeats", "processes", "endpoints"))
                .body("sources.find { it.source == 'huey' }.freshness", equalTo("unknown"))
                .body(
                        "sources.find { it.source == 'huey' }.reason",
                        startsWith("not configured: set command-center.huey.db"));
    }

    @Test
    void anUnconfiguredGiteaIsUnknownAndNamesTheMissingSetting() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/sources")
                        .then()
                        .body("sources.find { it.source == 'gitea' }.freshness", equalTo("unknown"))
                        .body(
                                "sources.find { it.source == 'gitea' }.reason",
                                startsWith("not configured: set command-center.gitea.url"))
                        .body("sources.find { it.source == 'gitea' }.last_read.outcome", equalTo("unconfigured")));
        given().get("/api/views/review-queue")
                .then()
                .statusCode(200)
                .body("source.freshness", equalTo("unknown"))
                .body("rows.size()", equalTo(0));
        given().get("/reviews")
                .then()
                .statusCode(200)
                .body(containsString("this is not an all clear: Gitea is unknown"));
    }

    @Test
    void theCollectorItselfBecomesLiveOnceItHasPolled() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/api/sources")
                        .then()
                        .body("sources.find { it.source == 'collector' }.freshness", equalTo("live"))
                        .body("sources.find { it.source == 'collector' }.last_read.outcome", equalTo("ok"))
                        .body("sources.find { it.source == 'collector' }.last_read.host", equalTo("test-host")));
    }

    @Test
    void dashboardShowsTheSameSourcesWithTheirFreshnessInWords() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/sources")
                        .then()
                        .statusCode(200)
                        .contentType(containsString("text/html"))
                        .body(containsString("<tr class=\"freshness-live\" id=\"source-collector\">"))
                        .body(containsString("<tr class=\"freshness-unknown\" id=\"source-gitea\">"))
                        .body(containsString("</span> unknown</td>"))
                        .body(containsString("not configured: set command-center.gitea.url"))
                        .body(containsString("<svg class=\"strip\"")));
    }

    @Test
    void exportsPollOutcomesForPrometheus() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("command_center_polls_total{outcome=\"ok\",source=\"collector\"}"))
                        .body(containsString("command_center_poll_duration_seconds_count{source=\"collector\"}")));
    }

    @Test
    void exportsTheViewsStatesAsGauges() {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .body(containsString("command_center_overall_health{health=\"red\"}"))
                        .body(containsString("command_center_area_health{area=\"cron\",health=\"unknown\"} 1.0"))
                        .body(containsString("command_center_area_items{area=\"sources\",health=\"amber\"}"))
                        .body(containsString("command_center_areas 6.0"))
                        .body(containsString("command_center_areas_watched "))
                        .body(containsString("command_center_views_computed_seconds ")));
    }

    @Test
    void theOpenApiDescriptionSpellsEnumsAsTheAnswersDo() {
        var description = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                Arrays.stream(Freshness.values()).map(WireName::wire).toList(),
                description.getList("components.schemas.Freshness.enum"));
        assertEquals(
                Arrays.stream(ReadOutcome.values()).map(WireName::wire).toList(),
                description.getList("components.schemas.ReadOutcome.enum"));
        Map<String, Object> schemas = description.getMap("components.schemas");
        for (var schema : schemas.entrySet()) {
            Object values = ((Map<?, ?>) schema.getValue()).get("enum");
            if (values instanceof List<?> list) {
                for (Object value : list) {
                    assertEquals(
                            value.toString().toLowerCase(Locale.ROOT),
                            value,
                            schema.getKey() + " as the API spells it");
                }
            }
        }
    }

    @Test
    void publishesOpenApiAndHealth() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/sources"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
