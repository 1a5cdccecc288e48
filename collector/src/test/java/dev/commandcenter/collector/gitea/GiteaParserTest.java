package dev.commandcenter.collector.gitea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.fakegitea.Fixtures;
import dev.commandcenter.observation.ReadOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GiteaParserTest {

    private static GiteaResponse ok(String fixture) {
        return new GiteaResponse(
                "/repos/acme/tools/pulls",
                200,
                "application/json;charset=utf-8",
                Fixtures.text(fixture),
                Optional.empty());
    }

    @Test
    void readsTheOpenPullRequestListWithItsWipDraft() throws Exception {
        List<ObjectNode> pulls = GiteaParser.array(ok("pulls.list.open.json"));
        assertEquals(2, pulls.size());
        assertEquals(43, pulls.get(1).path("number").asInt());
        assertTrue(pulls.get(1).path("draft").asBoolean());
        assertFalse(pulls.get(1).path("mergeable").asBoolean());
        assertTrue(pulls.get(1).path("assignees").isNull(), "Gitea's null list is kept as returned");
    }

    @Test
    void findsTheIssuesAPullRequestBodyCloses() {
        assertEquals(
                List.of("acme/tools#41"), GiteaParser.closingRefs("Implements the thing.\n\nCloses #41", "acme/tools"));
        assertEquals(
                List.of("acme/api#7", "acme/tools#3"),
                GiteaParser.closingRefs("fixes acme/api#7, resolved #3; see #9 and prefixes #10", "acme/tools"));
    }

    @Test
    void findsThePullRequestThatClosesAnIssueOnItsTimeline() throws Exception {
        var linked = GiteaParser.linkedPulls(GiteaParser.array(ok("issue.timeline.41.json")), "acme/tools");
        assertEquals(1, linked.size());
        assertEquals("acme/tools#42", linked.get(0).path("pull").asText());
        assertEquals("closes", linked.get(0).path("action").asText());
    }

    @Test
    void followsOnlyTheNextRelationOfALinkHeader() {
        String link =
                "<https://gitea.example.com/api/v1/repos/acme/tools/pulls?limit=2&page=2&state=open>; rel=\"next\","
                        + "<https://gitea.example.com/api/v1/repos/acme/tools/pulls?limit=2&page=3&state=open>; rel=\"last\"";
        assertEquals(Optional.of(2), GiteaParser.nextPage(link));
        assertEquals(
                Optional.empty(),
                GiteaParser.nextPage(
                        "<https://gitea.example.com/api/v1/repos/acme/tools/pulls?limit=2&page=1>; rel=\"first\""));
    }

    @Test
    void typesErrorPagesHtmlAndTruncatedJson() {
        GiteaReadError unauthorized = assertThrows(
                GiteaReadError.class,
                () -> GiteaParser.json(new GiteaResponse(
                        "/user", 401, "application/json", Fixtures.text("error.401.json"), Optional.empty())));
        assertEquals(ReadOutcome.UNAUTHORIZED, unauthorized.outcome());
        assertEquals("GET /user: HTTP 401 (token is required)", unauthorized.getMessage());

        GiteaReadError scope = assertThrows(
                GiteaReadError.class,
                () -> GiteaParser.json(new GiteaResponse(
                        "/repos/acme/tools/issues",
                        403,
                        "application/json",
                        Fixtures.text("error.403.scope.json"),
                        Optional.empty())));
        assertTrue(scope.getMessage().contains("required=[read:issue]"), scope.getMessage());

        GiteaReadError html = assertThrows(
                GiteaReadError.class,
                () -> GiteaParser.json(new GiteaResponse(
                        "/version",
                        200,
                        "text/html",
                        "<!DOCTYPE html><html><body>Sign in</body></html>",
                        Optional.empty())));
        assertEquals(ReadOutcome.MALFORMED, html.outcome());
        assertEquals("GET /version: HTML instead of JSON", html.getMessage());

        String full = Fixtures.text("pulls.list.open.json");
        GiteaReadError truncated = assertThrows(
                GiteaReadError.class,
                () -> GiteaParser.json(new GiteaResponse(
                        "/repos/acme/tools/pulls",
                        200,
                        "application/json",
                        full.substring(0, full.length() / 2),
                        Optional.empty())));
        assertEquals(ReadOutcome.MALFORMED, truncated.outcome());
        assertTrue(truncated.getMessage().contains("invalid or truncated JSON"), truncated.getMessage());
    }

    @Test
    void keepsTheWholePullRequestAndAddsReviewsStatusFilesAndClosesBesideIt() throws Exception {
        ObjectNode listed = GiteaParser.array(ok("pulls.list.open.json")).get(0);
        ObjectNode payload = GiteaPayloads.pull(
                listed,
                GiteaParser.array(ok("pull.reviews.42.json")),
                GiteaParser.object(ok("commit.status.combined.json")),
                new Pages.Paged(GiteaParser.array(ok("pull.files.42.json")), false),
                "acme/tools");
        assertEquals("Add token refresh to auth client", payload.path("title").asText());
        assertEquals("carol", payload.path("assignees").get(0).path("login").asText());
        assertEquals(
                "acme/tools",
                payload.path("base").path("repo").path("full_name").asText());
        var extra = payload.path("command_center");
        assertEquals(6, extra.path("reviews").size());
        assertEquals("failure", extra.path("combined_status").path("state").asText());
        assertEquals(
                ".gitea/workflows/ci.yml",
                extra.path("changed_files").get(1).path("filename").asText());
        assertEquals(120, extra.path("additions").asInt());
        assertEquals("acme/tools#41", extra.path("closes").get(0).asText());
    }

    @Test
    void toleratesOlderServersThatLackNewerFields() throws Exception {
        ObjectNode old = GiteaParser.object(ok("pull_request.selfhosted-2024-open-exclusive-labels.json"));
        ObjectNode payload = GiteaPayloads.pull(
                old,
                List.of(),
                GiteaParser.object(ok("commit.status.combined.no-statuses.json")),
                new Pages.Paged(List.of(), false),
                "acme/tools");
        assertTrue(payload.path("command_center")
                .path("combined_status")
                .path("statuses")
                .isNull());
        assertEquals(
                Optional.of(Instant.parse("2026-06-30T11:00:00Z")),
                GiteaParser.instant(
                        GiteaParser.array(ok("pulls.list.open.json")).get(0).get("updated_at")));
    }
}
