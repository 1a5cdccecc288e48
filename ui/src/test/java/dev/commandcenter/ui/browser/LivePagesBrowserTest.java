package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.ui.live.LiveStreams;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * A page left open stays live in place: what the log gains reaches it within two seconds without a
 * reload (scroll, focus and the URL's filters kept), a quiet log costs it no request, and a page cut
 * off from the server says so at the top within five seconds, then recovers by itself.
 */
@QuarkusTest
@TestProfile(QuietLogProfile.class)
class LivePagesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @Inject
    LiveStreams streams;

    @Test
    void aReadAppendedReachesTheOpenPageWithinTwoSecondsInPlaceKeepingScrollAndFocus() {
        try (Browser browser = Browser.open(1000, 300)) {
            var driver = browser.driver();
            browser.load(root + "sources");
            awaitLive(browser);
            driver.executeScript("window.notReloaded = true; window.scrollTo(0, 120);"
                    + " document.querySelector('#source-gitea a').focus();");
            long scrolled = ((Number) driver.executeScript("return window.scrollY;")).longValue();
            assertTrue(scrolled > 0, "the page is taller than the window");

            String source = "forge-" + UUID.randomUUID().toString().substring(0, 8);
            Instant appended = appendRead(source);
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !driver.findElements(By.id("source-" + source)).isEmpty());
            Duration took = Duration.between(appended, clock.instant());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "reached the page in " + took);

            assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true;"), "no reload");
            assertEquals(
                    scrolled, ((Number) driver.executeScript("return window.scrollY;")).longValue(), "scroll kept");
            assertEquals(
                    Boolean.TRUE,
                    driver.executeScript(
                            "return document.activeElement === document.querySelector('#source-gitea a');"),
                    "focus kept");
            WebElement row = driver.findElement(By.id("source-" + source));
            assertTrue(row.getText().contains("unknown"), row.getText());
            assertEquals(List.of(), browser.consoleProblems(), "the page logs no errors");
        }
    }

    @Test
    void filtersInTheUrlHoldAcrossLiveUpdates() {
        try (Browser browser = Browser.open(1200, 800)) {
            var driver = browser.driver();
            String tag = UUID.randomUUID().toString().substring(0, 8);
            browser.load(root + "sources?q=" + tag);
            awaitLive(browser);
            assertTrue(driver.findElements(By.id("source-gitea")).isEmpty(), "gitea does not match");
            assertEquals(tag, driver.findElement(By.name("q")).getAttribute("value"));

            appendRead("other-" + UUID.randomUUID().toString().substring(0, 8));
            appendRead("forge-" + tag);
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() ->
                            !driver.findElements(By.id("source-forge-" + tag)).isEmpty());
            assertEquals(
                    1,
                    driver.findElements(By.cssSelector("table.sources tbody tr"))
                            .size(),
                    "only the matching source came in");
            assertTrue(driver.getCurrentUrl().endsWith("sources?q=" + tag), driver.getCurrentUrl());
        }
    }

    @Test
    void theBriefsFilterHoldsAcrossLiveUpdates() {
        try (Browser browser = Browser.open(1200, 800)) {
            var driver = browser.driver();
            String tag = UUID.randomUUID().toString().substring(0, 8);
            browser.load(root + "?area=sources&q=" + tag);
            awaitLive(browser);
            assertEquals(tag, driver.findElement(By.name("q")).getAttribute("value"));
            assertTrue(driver.findElement(By.id("live")).getText().contains("No item matches the filters."));

            appendRead("other-" + UUID.randomUUID().toString().substring(0, 8));
            appendRead("forge-" + tag);
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !driver.findElements(
                                    By.cssSelector("#area-sources a[href='/sources#source-forge-" + tag + "']"))
                            .isEmpty());
            assertEquals(1, driver.findElements(By.cssSelector(".tiles li")).size(), "only the matching item came in");
            assertTrue(driver.getCurrentUrl().endsWith("?area=sources&q=" + tag), driver.getCurrentUrl());
        }
    }

    @Test
    void aQuietLogCostsAnOpenPageNoRequestAtAll() throws Exception {
        try (Browser browser = Browser.open(1200, 800)) {
            var driver = browser.driver();
            browser.load(root + "agents");
            awaitLive(browser);
            Thread.sleep(1_000);
            driver.executeScript("performance.clearResourceTimings(); window.notReloaded = true;");
            Thread.sleep(12_000);
            Number requests = (Number) driver.executeScript("return performance.getEntriesByType('resource').length;");
            assertTrue(requests.intValue() <= 1, requests + " requests in 12 s on a quiet log");
            assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true;"), "no reload");
            assertEquals(
                    "live",
                    driver.findElement(By.tagName("body")).getAttribute("data-live"),
                    "a quiet server is not taken for a lost one");
        }
    }

    @Test
    void aPageCutOffFromTheServerSaysSoAtTheTopWithinFiveSecondsAndRecovers() {
        try (Browser browser = Browser.open(1200, 800)) {
            var driver = browser.driver();
            browser.load(root + "cron");
            awaitLive(browser);
            WebElement status = driver.findElement(By.id("live-status"));
            assertFalse(status.isDisplayed());

            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/live")));
            Instant cut = clock.instant();
            streams.endAll();
            await().atMost(Duration.ofSeconds(5)).until(status::isDisplayed);
            assertTrue(Duration.between(cut, clock.instant()).compareTo(Duration.ofSeconds(5)) < 0);
            assertTrue(status.getText().startsWith("⚠ Disconnected"), status.getText());
            assertTrue(status.getText().contains("not updating"), status.getText());
            assertTrue(status.getLocation().getY() < 120, "at the top of the page");
            assertEquals(
                    "disconnected: not updating",
                    driver.findElement(By.id("live-state")).getText());

            String source = "forge-" + UUID.randomUUID().toString().substring(0, 8);
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            appendRead(source);
            await().atMost(Duration.ofSeconds(8)).until(() -> !status.isDisplayed());
            assertEquals("live", driver.findElement(By.tagName("body")).getAttribute("data-live"));
        }
    }

    @Test
    void aSilentConnectionCountsAsLost() throws Exception {
        try (Browser browser = Browser.open(1200, 800);
                StallingProxy proxy = new StallingProxy(root.getPort())) {
            var driver = browser.driver();
            browser.load("http://127.0.0.1:" + proxy.port() + "/tasks");
            awaitLive(browser);
            // The stream stays open but nothing arrives: what a hung proxy or a suspended server looks like.
            proxy.stall(true);
            Instant silent = clock.instant();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> driver.findElement(By.id("live-status")).isDisplayed());
            assertTrue(Duration.between(silent, clock.instant()).compareTo(Duration.ofSeconds(5)) < 0);
            proxy.stall(false);
            await().atMost(Duration.ofSeconds(8))
                    .until(() -> !driver.findElement(By.id("live-status")).isDisplayed());
        }
    }

    @Test
    void pagesLeftOneAfterAnotherGiveBackTheirStreamsSoTheNextLoadsAtOnce() {
        // A browser allows six connections to one server. A page left for another stays in the
        // back/forward cache; were its stream kept open, the seventh page would wait a minute for one.
        List<String> pages = List.of("", "agents", "reviews", "cron", "tasks", "sources");
        try (Browser browser = Browser.open(1200, 800)) {
            var driver = browser.driver();
            for (int i = 0; i < 2 * pages.size(); i++) {
                long started = System.nanoTime();
                browser.load(root + pages.get(i % pages.size()));
                awaitLive(browser);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(
                        took.compareTo(Duration.ofSeconds(5)) < 0,
                        "page " + (i + 1) + " (/" + pages.get(i % pages.size()) + ") live after " + took);
            }
            driver.navigate().back();
            awaitLive(browser);
            await().atMost(Duration.ofSeconds(3)).until(() -> streams.open() == 1);
            assertEquals(List.of(), browser.consoleProblems(), "the pages log no errors");
        }
    }

    @Test
    void aTabInTheBackgroundClosesItsStreamAndCatchesUpWhenShown() {
        try (Browser browser = Browser.open(1200, 800)) {
            var driver = browser.driver();
            browser.load(root + "sources");
            awaitLive(browser);
            String first = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            browser.load(root + "cron");
            awaitLive(browser);
            await().atMost(Duration.ofSeconds(3)).until(() -> streams.open() == 1);

            String source = "forge-" + UUID.randomUUID().toString().substring(0, 8);
            appendRead(source);
            driver.switchTo().window(first);
            driver.executeCdpCommand("Page.bringToFront", Map.of());
            await().atMost(Duration.ofSeconds(3))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !driver.findElements(By.id("source-" + source)).isEmpty());
            assertEquals("live", driver.findElement(By.tagName("body")).getAttribute("data-live"));
        }
    }

    private static void awaitLive(Browser browser) {
        await().atMost(Duration.ofSeconds(5))
                .until(() -> "live"
                        .equals(browser.driver().findElement(By.tagName("body")).getAttribute("data-live")));
    }

    private Instant appendRead(String source) {
        Instant now = clock.instant();
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                source,
                now.minusMillis(200),
                now,
                ReadOutcome.UNREACHABLE,
                "connection refused",
                Duration.ofMinutes(3),
                List.of(),
                List.of()));
        return now;
    }
}
