package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The operator's path through the dashboard, in Debian's headless Chromium, against a real Hermes home. */
@QuarkusTest
@TestProfile(RunnerAbsentProfile.class)
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @Test
    void aRedItemLeadsToTheExactRowAndTheRowToItsHistory() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            await().atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        browser.load(root.toString());
                        return browser.driver()
                                .findElement(By.id("overall"))
                                .getAttribute("class")
                                .contains("health-red");
                    });
            assertTrue(browser.driver()
                    .findElement(By.id("overall"))
                    .getText()
                    .toLowerCase()
                    .contains("overall: red"));
            browser.screenshot(Screenshots.of("brief"));

            WebElement red = browser.driver().findElement(By.cssSelector("li.health-red a"));
            String target = URI.create(red.getAttribute("href")).getFragment();
            red.click();
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/cron#"),
                    browser.driver().getCurrentUrl());
            WebElement row = browser.driver().findElement(By.id(target));
            assertTrue(row.getText().contains("runner-absent"), row.getText());

            WebElement history = row.findElement(By.linkText("history"));
            assertTrue(
                    history.getAttribute("href").contains("kind=job&subject=cron%3Ajob%3A"),
                    history.getAttribute("href"));
            String raw = RestAssured.given()
                    .urlEncodingEnabled(false)
                    .get(row.findElement(By.linkText("raw")).getAttribute("href"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(
                    raw.contains("\"source\":\"hermes\"") && raw.contains("\"subject\":\"cron:job:"),
                    "the row's raw link gives the job as the source reported it: " + raw);
            assertEquals(List.of(), browser.consoleProblems());
        }
    }

    @Test
    void everyPageRendersWithoutConsoleErrorsAndSaysWhatIsUnknown() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            for (String page : List.of("agents", "reviews", "cron", "tasks", "sources")) {
                browser.load(root + page);
                assertTrue(browser.driver()
                        .findElement(By.cssSelector("header.top nav"))
                        .getText()
                        .contains("Brief"));
                assertEquals(List.of(), browser.consoleProblems(), page);
                browser.screenshot(Screenshots.of(page));
            }
            browser.load(root + "reviews");
            assertTrue(
                    browser.driver().getPageSource().contains("unknown"),
                    "an unconfigured Gitea is unknown, not empty");
        }
    }

    @Test
    void markupInASourceAnswerIsShownAsTextNeverRun() {
        Instant now = clock.instant();
        String htmlErrorPage = "<script>window.__owned = true</script><h1>502 Bad Gateway</h1>";
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                "forge-x",
                now.minusMillis(200),
                now,
                ReadOutcome.MALFORMED,
                htmlErrorPage,
                Duration.ofMinutes(3),
                List.of(),
                List.of()));

        try (Browser browser = Browser.open(1280, 900)) {
            // The collector here appends every second too; the page shows the read once the views have caught up.
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                browser.load(root + "sources");
                return !browser.driver().findElements(By.id("source-forge-x")).isEmpty();
            });
            WebElement row = browser.driver().findElement(By.id("source-forge-x"));
            assertTrue(row.getText().contains("<script>window.__owned = true</script>"), row.getText());
            assertNull(browser.driver().executeScript("return window.__owned;"));
            assertTrue(browser.driver()
                    .findElements(By.xpath("//tr[@id='source-forge-x']//h1"))
                    .isEmpty());
        }
    }
}
