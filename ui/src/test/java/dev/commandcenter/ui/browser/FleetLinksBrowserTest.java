package dev.commandcenter.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.query.brief.Anchors;
import dev.commandcenter.sim.FleetScale;
import dev.commandcenter.sim.FleetSimulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every link of every page leads somewhere, on a populated fleet whose agents, services and Hermes
 * home have names an id or a URL could mangle: dots, {@code @}, spaces, {@code #}, {@code ~} and
 * non-ASCII letters. A brief item leads to its row, the row to its history and its raw log, each
 * about that subject.
 */
@QuarkusTest
@TestProfile(NamedFleetProfile.class)
class FleetLinksBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGES = List.of("", "agents", "reviews", "cron", "tasks", "sources");
    /**
     * How many links of one kind a page opens in the browser: the rows' anchors are built alike, and the brief's
     * items (every one followed) and the agents' ids (every one checked) cover the names that could mangle them.
     */
    private static final int OPENED_PER_KIND = 3;

    /** The simulated fleet's names, renamed as operators name things. */
    private static final Map<String, String> NAMES = names();

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @Test
    void everyLinkOfEveryPageLeadsToItsRowAndEveryRowToItsHistoryAndRawLog() throws Exception {
        fillFleet();
        try (Browser browser = Browser.open(1280, 900)) {
            followBriefItems(browser);

            Set<String> agentIds = new LinkedHashSet<>();
            for (String page : PAGES) {
                browser.load(root + page);
                Set<String> answered = new LinkedHashSet<>();
                Map<String, Integer> opened = new LinkedHashMap<>();
                for (String href : hrefs(browser)) {
                    follow(browser, page, href, answered, opened);
                }
                if (page.equals("agents")) {
                    browser.driver()
                            .findElements(By.cssSelector("table.agents tbody tr"))
                            .forEach(row -> agentIds.add(row.getAttribute("id")));
                }
                assertEquals(List.of(), browser.consoleProblems(), page);
            }
            for (String name : List.of("ops.bot", "ops@bot", "night owl", "Zoë", "東京-worker", "review#9", "x~y")) {
                assertTrue(
                        agentIds.contains("agent-" + Anchors.of(name)),
                        "agent " + name + " has a row of its own: " + agentIds);
            }
            assertEquals(
                    NAMES.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("agent-"))
                            .count(),
                    agentIds.size(),
                    "no two agents share an id: " + agentIds);
        }
    }

    /** Brief item → its row on its page → the row's history and raw log, for every item of the brief. */
    private void followBriefItems(Browser browser) throws Exception {
        browser.load(root.toString());
        List<String> items = browser.driver().findElements(By.cssSelector(".tiles li a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertTrue(
                items.size() >= 5,
                () -> "the fleet's brief has red and amber items to follow: " + items.size()
                        + "; the browser shows " + browser.driver().getCurrentUrl() + ": "
                        + browser.driver().findElement(By.tagName("body")).getText());
        for (String item : items) {
            String fragment = URI.create(item).getRawFragment();
            assertTrue(fragment != null && !fragment.isEmpty(), "a brief item links to a row: " + item);
            browser.load(item);
            List<WebElement> rows = browser.driver().findElements(By.id(fragment));
            assertEquals(1, rows.size(), "the brief item " + item + " finds its row");
            WebElement row = rows.get(0);
            for (WebElement link : row.findElements(By.tagName("a"))) {
                String text = link.getText();
                if (text.equals("history")) {
                    JsonNode history =
                            JSON.readTree(get(link.getAttribute("href")).asString());
                    JsonNode changes = history.has("transitions") ? history.get("transitions") : history.path("points");
                    assertFalse(history.isEmpty(), "the history of " + item + " says something: " + history);
                    String subject = subjectOf(link.getAttribute("href"));
                    changes.forEach(t -> assertTrue(
                            t.path("subject").isMissingNode()
                                    || t.path("subject").asText().equals(subject),
                            "history of " + item + " is about its subject " + subject + ": " + t));
                    if (item.contains("/agents#") || item.contains("/cron#job-") || item.contains("/reviews#")) {
                        assertFalse(changes.isEmpty(), "the history of " + item + " is not empty: " + history);
                    }
                } else if (text.equals("raw")) {
                    List<String> lines =
                            get(link.getAttribute("href")).asString().lines().toList();
                    assertFalse(lines.isEmpty(), "the raw log of " + item + " is not empty");
                    String subject = JSON.readTree(lines.get(0)).path("subject").asText();
                    for (String line : lines) {
                        assertEquals(
                                subject, JSON.readTree(line).path("subject").asText(), "raw log of one subject");
                    }
                }
            }
        }
    }

    /**
     * A link of a page: anything the command center serves must answer (each address once: the rows of a
     * page all link to the same page), and a row anchor must exist on its page, opened in the browser for
     * the first {@link #OPENED_PER_KIND} links of each kind (page, parameters, kind of row).
     */
    private void follow(Browser browser, String page, String href, Set<String> answered, Map<String, Integer> opened)
            throws Exception {
        URI uri = URI.create(href);
        if (!uri.getHost().equals(URI.create(root.toString()).getHost()) || uri.getPort() != root.getPort()) {
            return; // the source's own object (Gitea, an endpoint): not the command center's to serve
        }
        Response answer = null;
        if (answered.add(href.split("#", 2)[0])) {
            answer = get(href.split("#", 2)[0]);
            assertEquals(200, answer.statusCode(), "on /" + page + ": " + href);
            assertFalse(answer.asString().isBlank(), "on /" + page + ": " + href + " answers something");
        }
        if (uri.getRawFragment() != null
                && !uri.getRawFragment().isEmpty()
                && opened.merge(kindOf(uri), 1, Integer::sum) <= OPENED_PER_KIND) {
            String back = browser.driver().getCurrentUrl();
            browser.load(href);
            assertEquals(
                    1,
                    browser.driver().findElements(By.id(uri.getRawFragment())).size(),
                    "on /" + page + ": " + href);
            browser.load(back);
        }
        if (answer != null
                && uri.getPath().equals("/api/log")
                && uri.getRawQuery().contains("subject=")) {
            assertFalse(answer.asString().lines().toList().isEmpty(), "raw log " + href);
        }
    }

    /** What a link is, whatever row it is about: its page, the names of its parameters, the kind of row it anchors. */
    private static String kindOf(URI uri) {
        List<String> parameters = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                parameters.add(parameter.split("=", 2)[0]);
            }
        }
        String fragment = uri.getRawFragment() == null ? "" : uri.getRawFragment();
        return uri.getPath() + " " + parameters.stream().sorted().toList() + " #" + fragment.split("-", 2)[0];
    }

    /** The {@code subject} a link asks for, decoded as the server decodes it. */
    private static String subjectOf(String href) {
        for (String parameter : URI.create(href).getRawQuery().split("&")) {
            if (parameter.startsWith("subject=")) {
                return URLDecoder.decode(parameter.substring("subject=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static List<String> hrefs(Browser browser) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("main a:not(svg a)"))) {
            String href = a.getAttribute("href");
            if (href != null && !href.isEmpty()) {
                hrefs.add(href);
            }
        }
        // The first segment of a state strip and the first mark of the time bar (SVG links, resolved as the
        // browser resolves them); every one of them is built alike, and StateStripsBrowserTest and
        // TimeBarBrowserTest follow them further.
        for (String svg : List.of("main svg.strip a", "main #timebar-track a")) {
            browser.driver().findElements(By.cssSelector(svg)).stream()
                    .findFirst()
                    .ifPresent(a -> hrefs.add((String) browser.driver()
                            .executeScript(
                                    "return new URL(arguments[0].getAttribute('href'), location.href).href;", a)));
        }
        return List.copyOf(new LinkedHashSet<>(hrefs));
    }

    private static Response get(String href) {
        return RestAssured.given().urlEncodingEnabled(false).get(href);
    }

    /** Ten minutes of the small simulated fleet, ending now, under the operators' names. */
    private void fillFleet() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(Duration.ofMinutes(10));
        FleetSimulator fleet = new FleetSimulator(FleetScale.SMALL, from, 7, 1.0);
        for (Instant at = from.plus(FleetSimulator.POLL_INTERVAL);
                !at.isAfter(now);
                at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            for (PollResult poll : fleet.cycle(at)) {
                log.append(renamed(poll));
            }
        }
    }

    private static PollResult renamed(PollResult poll) throws Exception {
        List<SubjectSeen> seen = new ArrayList<>();
        for (SubjectSeen s : poll.seen()) {
            seen.add(new SubjectSeen(
                    rename(s.subject()),
                    s.kind(),
                    s.sourceTime(),
                    JSON.readTree(rename(s.payload().toString()))));
        }
        return new PollResult(
                poll.pollId(),
                poll.host(),
                poll.source(),
                poll.startedAt(),
                poll.finishedAt(),
                poll.outcome(),
                poll.error(),
                poll.staleAfter(),
                seen,
                poll.unreadScopes());
    }

    private static String rename(String text) {
        String renamed = text;
        for (Map.Entry<String, String> name : NAMES.entrySet()) {
            renamed = renamed.replace(name.getKey(), name.getValue());
        }
        return renamed;
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> agents = List.of(
                "ops.bot",
                "ops@bot",
                "night owl",
                "Zoë",
                "東京-worker",
                "kimi@gpu-box.lan",
                "agent 7 (canary)",
                "review#9",
                "x~y",
                "ümlaut.bot");
        for (int a = 0; a < agents.size(); a++) {
            names.put(String.format("agent-%03d", a), agents.get(a));
        }
        names.put("model-0", "model.local");
        names.put("model-1", "llm@gpu box");
        names.put("model-2", "modèle-ü");
        names.put("cron:job:default/", "cron:job:hermès lab@box.1/");
        names.put("cron:runner:default", "cron:runner:hermès lab@box.1");
        names.put("\"home\":\"default\"", "\"home\":\"hermès lab@box.1\"");
        return names;
    }
}
