package dev.commandcenter.ui.browser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every view filters on the server by what its URL names, and says so; a filter it cannot use is a 400. */
@QuarkusTest
@TestProfile(FleetPagesProfile.class)
class PageFiltersTest extends OnPopulatedFleet {

    @Test
    void agentsFilterByStateAndWords() {
        List<String> all = classes(given().get("/agents").asString(), "<tr class=\"(agent-[a-z-]+)");
        List<String> busy = classes(
                given().get("/agents?state=busy")
                        .then()
                        .statusCode(200)
                        .body(containsString("<option selected>busy</option>"), containsString("Filtered: "))
                        .extract()
                        .asString(),
                "<tr class=\"(agent-[a-z-]+)");
        assertTrue(!busy.isEmpty() && busy.size() < all.size(), busy.size() + " of " + all.size());
        assertEquals(List.of("agent-busy"), busy.stream().distinct().toList());

        String named = given().get("/agents?q=agent-007").asString();
        int rows = classes(named, "<tr class=\"(agent-[a-z-]+)").size();
        assertTrue(rows >= 1 && rows < all.size(), rows + " agents mention agent-007");
        assertTrue(named.contains("<strong>agent-007</strong>"), "the agent so named is among them");
        assertTrue(named.contains("value=\"agent-007\""), "the search box shows the words");
    }

    @Test
    void cronFiltersByDriftKind() {
        String page = given().get("/cron?drift=overdue")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> rows = classes(page, "<tr class=\"drift-([a-z-]+)");
        List<String> all = classes(given().get("/cron").asString(), "<tr class=\"drift-([a-z-]+)");
        assertTrue(!rows.isEmpty() && rows.size() < all.size(), rows.size() + " of " + all.size());
        assertTrue(rows.contains("overdue"), rows.toString());
        assertTrue(!rows.contains("ok"), "a job without drift is not overdue");
    }

    @Test
    void theTaskBoardFiltersByLaneRepositoryAndAgent() {
        String blocked = given().get("/tasks?lane=blocked")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String lane : List.of("unassigned", "assigned", "in-progress", "in-review")) {
            Matcher column = Pattern.compile("id=\"lane-" + lane + "\">\\s*<h2>[^<]*<small>(\\d+)</small>")
                    .matcher(blocked);
            assertTrue(column.find(), lane);
            assertEquals("0", column.group(1), lane + " holds no card when only blocked ones are asked for");
        }
        String repo = given().get("/tasks?repo=fleet/service-01").asString();
        for (String card : classes(repo, "<article class=\"card[^\"]*\" id=\"([^\"]+)\"")) {
            assertTrue(card.contains("service-01"), card);
        }
    }

    @Test
    void theReviewQueueSearchesWordsBesideItsOwnFilters() {
        String page = given().get("/reviews?q=service-01&status=stale")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String row : classes(page, "<tr class=\"status-[a-z-]+ freshness-[a-z]+\" id=\"([^\"]+)\"")) {
            assertTrue(row.contains("service-01"), row);
        }
        assertTrue(page.contains("value=\"service-01\""));
    }

    @Test
    void sourcesFilterByFreshness() {
        String page = given().get("/sources?state=unknown")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> rows = classes(page, "<tr class=\"freshness-([a-z]+)\"");
        assertTrue(!rows.isEmpty());
        assertEquals(List.of("unknown"), rows.stream().distinct().toList());
    }

    @Test
    void theBriefFiltersItsItemsByHealthAreaAndWordsAndStillJudgesEverything() {
        String all = given().get("/").asString();
        List<String> items = classes(all, "<li class=\"health-([a-z]+)\">");
        assertTrue(items.contains("red") && items.contains("amber"), items.toString());

        String red = given().get("/?health=red")
                .then()
                .statusCode(200)
                .body(containsString("<option selected>red</option>"), containsString("Filtered: "))
                .extract()
                .asString();
        List<String> redItems = classes(red, "<li class=\"health-([a-z]+)\">");
        assertTrue(!redItems.isEmpty() && redItems.size() < items.size(), redItems.size() + " of " + items.size());
        assertEquals(List.of("red"), redItems.stream().distinct().toList());
        assertTrue(red.contains("<h1>Overall: red</h1>"), "the overall is that of everything");

        String cron = given().get("/?area=cron").asString();
        assertEquals(List.of("area-cron"), classes(cron, "<section class=\"tile [^\"]+\" id=\"(area-[a-z]+)\""));

        Matcher first =
                Pattern.compile("<a href=\"(/agents#[^\"]+)\">([^<]+)</a>").matcher(all);
        assertTrue(first.find(), "the brief lists an agent");
        String named = given().get("/?q=" + first.group(2)).asString();
        List<String> namedItems = classes(named, "<li class=\"health-([a-z]+)\">");
        assertTrue(named.contains("<a href=\"" + first.group(1) + "\">"), "the agent so named is listed");
        assertTrue(
                !namedItems.isEmpty() && namedItems.size() < items.size(), namedItems.size() + " of " + items.size());
        assertTrue(named.contains("value=\"" + first.group(2) + "\""), "the search box shows the words");
        String nothing = given().get("/?q=no-such-thing-anywhere").asString();
        assertTrue(nothing.contains("No item matches the filters."), "an empty filtered brief says so");
    }

    @Test
    void aFilterValueAPageCannotUseIsRefusedNamingIt() {
        given().get("/?health=pink").then().statusCode(400).body(containsString("health"), containsString("pink"));
        given().get("/?area=kitchen").then().statusCode(400).body(containsString("area"));
        given().get("/agents?state=sleepy")
                .then()
                .statusCode(400)
                .body(containsString("state"), containsString("sleepy"));
        given().get("/cron?drift=late").then().statusCode(400).body(containsString("drift"));
        given().get("/tasks?lane=done").then().statusCode(400).body(containsString("lane"));
    }

    private static List<String> classes(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
