package dev.commandcenter.ui.gitea;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.fakegitea.FakeGitea;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@TestProfile(FakeGiteaProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GiteaViewsResourceTest {

    private static final String PR = "rows.find { it.subject == '%s' }.";
    private static final String CARD = "lanes.find { it.lane == '%s' }.cards.find { it.subject == '%s' }";

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @BeforeEach
    void giteaIsLive() {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/views/review-queue")
                        .then()
                        .body("source.freshness", equalTo("live"))
                        .body("rows.size()", equalTo(11)));
    }

    @Test
    @Order(0)
    void theTokenReachesNoPageNoViewNoLogExportAndNoMetric() {
        for (String route : List.of(
                "/",
                "/sources",
                "/reviews",
                "/tasks",
                "/agents",
                "/api/sources",
                "/api/views/brief",
                "/api/views/review-queue",
                "/api/views/task-board",
                "/api/views/agent-health",
                "/api/log",
                "/api/log?source=gitea",
                "/q/metrics",
                "/q/health")) {
            String body = given().get(route).then().statusCode(200).extract().asString();
            assertTrue(!body.contains(FakeGiteaResource.TOKEN), route + " shows the Gitea token");
        }
    }

    @Test
    @Order(1)
    void theReviewQueueTellsWhatEachPullRequestWaitsFor() {
        given().get("/api/views/review-queue")
                .then()
                .statusCode(200)
                .body(String.format(PR, "gitea:pr:acme/tools#42") + "status", equalTo("blocked"))
                .body(String.format(PR, "gitea:pr:acme/tools#42") + "blockers", equalTo(List.of("failing-checks")))
                .body(String.format(PR, "gitea:pr:acme/tools#42") + "review_state", equalTo("review-requested"))
                .body(String.format(PR, "gitea:pr:acme/tools#42") + "approved_by", equalTo(List.of("dave")))
                .body(
                        String.format(PR, "gitea:pr:acme/tools#42") + "pending_reviewers",
                        equalTo(List.of("bob", "team:maintainers")))
                .body(
                        String.format(PR, "gitea:pr:acme/tools#42") + "sensitive_paths",
                        hasItems(".gitea/workflows/ci.yml", "src/main/java/com/acme/auth/TokenClient.java"))
                .body(String.format(PR, "gitea:pr:acme/tools#42") + "classification", equalTo("needs-judgment"))
                .body(
                        String.format(PR, "gitea:pr:acme/tools#42") + "html_url",
                        equalTo("https://gitea.example.com/acme/tools/pulls/42"))
                .body(String.format(PR, "gitea:pr:acme/tools#43") + "blockers", equalTo(List.of("draft")))
                .body(String.format(PR, "gitea:pr:acme/tools#43") + "ci_state", equalTo("none"))
                .body(String.format(PR, "gitea:pr:acme/r01#1") + "status", equalTo("ready-to-merge"))
                .body(String.format(PR, "gitea:pr:acme/r01#1") + "classification", equalTo("routine"))
                .body(String.format(PR, "gitea:pr:acme/r01#2") + "blockers", equalTo(List.of("changes-requested")))
                .body(String.format(PR, "gitea:pr:acme/r02#1") + "status", equalTo("waiting"))
                .body(String.format(PR, "gitea:pr:acme/r02#1") + "ci_state", equalTo("pending"))
                .body(String.format(PR, "gitea:pr:acme/r02#2") + "review_state", equalTo("commented"))
                .body(String.format(PR, "gitea:pr:acme/r03#1") + "status", equalTo("stale"))
                .body(String.format(PR, "gitea:pr:acme/r03#1") + "review_state", equalTo("none"))
                .body(String.format(PR, "gitea:pr:acme/r03#2") + "blockers", equalTo(List.of("blocked-label")))
                .body(String.format(PR, "gitea:pr:acme/r04#1") + "blockers", equalTo(List.of("not-mergeable")))
                .body(String.format(PR, "gitea:pr:acme/r04#2") + "status", equalTo("risky"))
                .body(String.format(PR, "gitea:pr:acme/r04#2") + "sensitive_paths", equalTo(List.of("deploy/prod.sh")))
                .body(String.format(PR, "gitea:pr:acme/r05#1") + "judgment_reasons", equalTo(List.of("large-diff")))
                .body(String.format(PR, "gitea:pr:acme/r05#1") + "freshness", equalTo("live"))
                .body("totals.find { it.value == 'blocked' }.count", equalTo(5))
                .body("totals.find { it.value == 'stale' }.count", equalTo(1))
                .body("totals.find { it.value == 'risky' }.count", equalTo(2))
                .body("totals.find { it.value == 'ready-to-merge' }.count", equalTo(1))
                .body("totals.find { it.value == 'waiting' }.count", equalTo(2))
                .body("repositories.size()", equalTo(50));
    }

    @Test
    @Order(2)
    void theReviewQueueFiltersAndRefusesUnknownFilters() {
        given().get("/api/views/review-queue?status=risky&sort=repo")
                .then()
                .statusCode(200)
                .body("rows.subject", equalTo(List.of("gitea:pr:acme/r04#2", "gitea:pr:acme/r05#1")));
        given().get("/api/views/review-queue?repo=acme/r01&classification=routine")
                .then()
                .body("rows.number", equalTo(List.of(2, 1)));
        given().get("/api/views/review-queue?at=2026-01-01T00:00:00Z")
                .then()
                .statusCode(200)
                .body("source.freshness", equalTo("unknown"))
                .body("source.reason", equalTo("never read"))
                .body("rows.size()", equalTo(0));
        given().get("/api/views/review-queue?status=all-clear")
                .then()
                .statusCode(400)
                .body(containsString("all-clear"));
    }

    @Test
    @Order(3)
    void theTaskBoardPlacesEveryIssueAndSaysWhereSignalsDisagree() {
        claim("scout-agent", "acme/r02#10");
        claim("builder", "acme/tools#40");
        given().get("/api/views/task-board")
                .then()
                .statusCode(200)
                .body(
                        String.format(CARD, "in-review", "gitea:issue:acme/tools#41") + ".linked_pulls.number",
                        equalTo(List.of(42, 43)))
                .body(
                        String.format(CARD, "in-progress", "gitea:issue:acme/tools#40") + ".claimed_by",
                        equalTo(List.of("builder")))
                .body(String.format(CARD, "in-progress", "gitea:issue:acme/r01#10") + ".ambiguous", equalTo(List.of()))
                .body(
                        String.format(CARD, "blocked", "gitea:issue:acme/r01#11") + ".ambiguous",
                        equalTo(List.of("labeled blocked but has an open pull request acme/r01#1")))
                .body(
                        String.format(CARD, "in-progress", "gitea:issue:acme/r01#12") + ".ambiguous",
                        equalTo(List.of("labeled in-progress but nobody is assigned and no agent claims it")))
                .body(String.format(CARD, "in-progress", "gitea:issue:acme/r02#10") + ".ambiguous", equalTo(List.of()))
                .body(String.format(CARD, "in-progress", "gitea:issue:acme/r02#11") + ".ambiguous", equalTo(List.of()))
                .body("lanes.find { it.lane == 'unassigned' }.count", equalTo(45))
                .body("lanes.find { it.lane == 'assigned' }.count", equalTo(0))
                .body("claims.source", equalTo("heartbeats"));
    }

    @Test
    @Order(4)
    void thePagesShowTheSameRowsWithLinksToGitea() {
        given().get("/reviews")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"https://gitea.example.com/acme/tools/pulls/42\">acme/tools#42</a>"))
                .body(containsString("sensitive: <code>src/main/java/com/acme/auth/TokenClient.java</code>"))
                .body(containsString("waiting for bob, team:maintainers"))
                .body(containsString("blocked 5"));
        given().get("/reviews?status=risky")
                .then()
                .statusCode(200)
                .body(containsString("acme/r04#2"))
                .body(containsString("large diff"));
        given().get("/tasks")
                .then()
                .statusCode(200)
                .body(containsString("<section class=\"lane\" id=\"lane-in-review\">"))
                .body(containsString("ambiguous: labeled blocked but has an open pull request acme/r01#1"));
    }

    @Test
    @Order(5)
    void onlyGetRequestsReachGiteaAcrossPollsAndPages() {
        FakeGitea gitea = FakeGiteaResource.gitea;
        await().atMost(Duration.ofSeconds(10))
                .until(() -> gitea.requests().stream()
                                .filter(r -> r.path().equals("/api/v1/user"))
                                .count()
                        >= 3);
        given().get("/reviews").then().statusCode(200);
        given().get("/tasks").then().statusCode(200);
        assertTrue(gitea.requests().size() > 300);
        assertEquals(
                List.of("GET"),
                gitea.requests().stream()
                        .map(FakeGitea.Request::method)
                        .distinct()
                        .toList());
    }

    @Test
    @Order(6)
    void aFailingRepositoryIsStaleWhileTheOthersStayLive() {
        FakeGiteaResource.gitea.failRepo("acme/r01", 500);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> given().get("/api/views/review-queue")
                            .then()
                            .body("source.freshness", equalTo("degraded"))
                            .body("source.reason", containsString("acme/r01 (GET /repos/acme/r01/pulls: HTTP 500)"))
                            .body("repositories.find { it.repo == 'acme/r01' }.freshness", equalTo("stale"))
                            .body(String.format(PR, "gitea:pr:acme/r01#1") + "freshness", equalTo("stale"))
                            .body(String.format(PR, "gitea:pr:acme/r01#1") + "status", equalTo("ready-to-merge"))
                            .body(String.format(PR, "gitea:pr:acme/r02#1") + "freshness", equalTo("live")));
            given().get("/api/views/task-board")
                    .then()
                    .body(String.format(CARD, "blocked", "gitea:issue:acme/r01#11") + ".freshness", equalTo("stale"));
        } finally {
            FakeGiteaResource.gitea.healRepo("acme/r01");
        }
    }

    @Test
    @Order(7)
    void aTokenOfTheWrongAccountDegradesBothViewsWithTheReason() {
        FakeGiteaResource.gitea.tokenBelongsTo("alice");
        try {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> given().get("/api/views/task-board")
                            .then()
                            .body("source.freshness", equalTo("degraded"))
                            .body("source.reason", startsWith("identity-mismatch: the token belongs to 'alice'"))
                            .body("lanes.cards.flatten().freshness", hasItem("degraded")));
            given().get("/reviews").then().body(containsString("identity-mismatch"));
        } finally {
            FakeGiteaResource.gitea.tokenBelongsTo("cc-reader");
        }
    }

    private void claim(String agent, String issue) {
        var now = clock.instant();
        ObjectNode payload =
                JsonNodeFactory.instance.objectNode().put("agent", agent).put("claim", issue);
        payload.putObject("heartbeat")
                .put("agent", agent)
                .put("state", "working")
                .put("claim", issue)
                .put("written_at", now.toString());
        payload.putObject("settings").put("declared", true).put("heartbeat_max_age_seconds", 600);
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                "heartbeats",
                now,
                now,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(new SubjectSeen("agent:" + agent, "HeartbeatRead", now, payload)),
                List.of("agent:")));
    }
}
