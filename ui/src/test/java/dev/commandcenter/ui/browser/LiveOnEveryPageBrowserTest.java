package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Every view's page, left open, shows what the log gained within two seconds, in place: a source it
 * reports on is read (or fails to be) and the page says so without being reloaded.
 */
@QuarkusTest
@TestProfile(LiveOnEveryPageBrowserTest.OwnLog.class)
class LiveOnEveryPageBrowserTest {

    /** A log of this test's own: the reads it appends change what the pages say. */
    public static class OwnLog extends ViewsOnOwnLog {
        public OwnLog() {
            super("live-on-every-page");
        }
    }

    /** The page's text without its ages, which tick in the browser on their own. */
    private static final String TEXT = "const live = document.getElementById('live').cloneNode(true);"
            + " live.querySelectorAll('time').forEach(t => t.remove()); return live.textContent.replace(/\\s+/g, ' ');";

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    // In this order: Gitea is read by the task board's test and then fails for the review queue's.
    @ParameterizedTest(name = "/{0} after a read of {1}")
    @CsvSource({
        "'', heartbeats, OK",
        "agents, processes, OK",
        "tasks, gitea, OK",
        "reviews, gitea, UNREACHABLE",
        "cron, hermes, OK",
        "sources, endpoints, OK"
    })
    void aReadAppendedReachesTheOpenPageWithinTwoSecondsInPlace(String page, String source, ReadOutcome outcome) {
        try (Browser browser = Browser.open(1200, 900)) {
            var driver = browser.driver();
            browser.load(root + page);
            await().atMost(Duration.ofSeconds(5))
                    .until(() ->
                            "live".equals(driver.findElement(By.tagName("body")).getAttribute("data-live")));
            driver.executeScript("window.notReloaded = true;");
            String before = (String) driver.executeScript(TEXT);

            Instant now = clock.instant();
            log.append(new PollResult(
                    UUID.randomUUID().toString(),
                    "test-host",
                    source,
                    now.minusMillis(200),
                    now,
                    outcome,
                    outcome == ReadOutcome.OK ? null : "connection refused",
                    Duration.ofMinutes(3),
                    List.of(),
                    List.of()));
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !before.equals(driver.executeScript(TEXT)));

            assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true;"), "no reload");
            assertTrue(Duration.between(now, clock.instant()).compareTo(Duration.ofSeconds(3)) < 0);
            assertEquals(List.of(), browser.consoleProblems(), "the page logs no errors");
        }
    }
}
