package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every agent, job, pull request and source row carries its last 24 h as a strip drawn by the server,
 * and each segment of it replays that instant on the row's own page, at the row.
 */
@QuarkusTest
@TestProfile(FleetPagesProfile.class)
class StateStripsBrowserTest extends OnPopulatedFleet {

    @Test
    void everyRowHasAStripAndItsSegmentsReplayTheirInstantAtTheRow() {
        try (Browser browser = Browser.open(1600, 1000)) {
            var driver = browser.driver();
            for (String page : List.of("agents", "cron", "reviews", "sources")) {
                browser.load(root + page);
                String table = switch (page) {
                    case "agents" -> "table.agents";
                    case "cron" -> "table.cron-jobs";
                    case "reviews" -> "table.reviews";
                    default -> "table.sources";
                };
                List<WebElement> rows = driver.findElements(By.cssSelector(table + " tbody tr"));
                assertFalse(rows.isEmpty(), page);
                long drawn = rows.stream()
                        .filter(r -> !r.findElements(By.cssSelector("td[data-label='Last 24 h'] svg.strip"))
                                .isEmpty())
                        .count();
                assertTrue(drawn > 0, page + ": " + drawn + " of " + rows.size() + " rows have a strip");

                WebElement link = driver.findElement(By.cssSelector(table + " svg.strip a"));
                String href = link.getDomAttribute("href");
                assertTrue(href.contains("/" + page + "?at=") && href.contains("#"), href);
                driver.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", link);
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> driver.getCurrentUrl().contains("/" + page + "?at="));
                assertFalse(
                        driver.findElements(By.cssSelector(".replay-banner")).isEmpty(), page + ": a replay says so");
                String row =
                        driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
                assertEquals(1, driver.findElements(By.id(row)).size(), page + ": the row " + row + " is there");
            }
            assertEquals(List.of(), browser.consoleProblems(), "the pages log no errors");
        }
    }
}
