package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Replay you can scrub: a time bar over the last 24 h with the changes marked, ← and → stepping
 * between them, a click on the bar replaying that instant, the URL naming it (filters kept), and a
 * replay banner that stays in sight.
 */
@QuarkusTest
@TestProfile(FleetPagesProfile.class)
class TimeBarBrowserTest extends OnPopulatedFleet {

    @Test
    void arrowsStepBetweenMarkedChangesAndTheUrlNamesTheInstantWithItsFilters() {
        try (Browser browser = Browser.open(1400, 900)) {
            var driver = browser.driver();
            browser.load(root + "agents?q=agent");
            List<WebElement> marks = driver.findElements(By.cssSelector("#timebar .timebar-mark"));
            assertFalse(marks.isEmpty(), "the agents' changes are marked on the bar");
            String newest = marks.get(marks.size() - 1).getDomAttribute("href");

            driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> driver.getCurrentUrl().contains("at="));
            String first = driver.getCurrentUrl();
            assertTrue(first.endsWith(newest), first + " is the newest change " + newest);
            assertTrue(first.contains("q=agent"), "the filter is kept: " + first);
            WebElement banner = driver.findElement(By.cssSelector(".replay-banner"));
            assertTrue(banner.isDisplayed() && banner.getText().toLowerCase().contains("replay"), banner.getText());

            if (marks.size() > 1) {
                driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> !driver.getCurrentUrl().equals(first));
                Instant earlier = at(driver.getCurrentUrl());
                assertTrue(earlier.isBefore(at(first)), "← steps back");
                driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> at(driver.getCurrentUrl()).isAfter(earlier));
                assertEquals(at(first), at(driver.getCurrentUrl()), "→ steps forward to the next change");
                for (String step : List.of("previous change", "next change")) {
                    assertEquals(
                            1, driver.findElements(By.partialLinkText(step)).size(), "one '" + step + "' link");
                }
            }

            // The banner stays in sight however far the reader scrolls.
            driver.executeScript("window.scrollTo(0, document.body.scrollHeight);");
            Number top = (Number) driver.executeScript(
                    "return document.querySelector('.replay-banner').getBoundingClientRect().top;");
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 5, "the replay banner sticks to the top: " + top);
        }
    }

    @Test
    void aClickOnTheBarReplaysThatInstant() {
        try (Browser browser = Browser.open(1400, 900)) {
            var driver = browser.driver();
            browser.load(root + "cron");
            WebElement track = driver.findElement(By.id("timebar-track"));
            Instant from = Instant.parse(driver.findElement(By.id("timebar")).getDomAttribute("data-from"));
            Instant to = Instant.parse(driver.findElement(By.id("timebar")).getDomAttribute("data-to"));
            // A quarter of the way along (offsets count from the element's centre).
            new Actions(driver)
                    .moveToElement(track, -track.getSize().getWidth() / 4, 0)
                    .click()
                    .perform();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> driver.getCurrentUrl().contains("at="));
            Instant shown = at(driver.getCurrentUrl());
            Instant quarter = from.plus(Duration.between(from, to).dividedBy(4));
            assertTrue(
                    Duration.between(quarter, shown).abs().compareTo(Duration.ofMinutes(30)) < 0,
                    shown + " is about a quarter along " + from + " → " + to);
            assertFalse(driver.findElements(By.cssSelector(".replay-banner")).isEmpty());
            assertTrue(driver.getCurrentUrl().contains("/cron?"), driver.getCurrentUrl());

            driver.findElement(By.id("timebar-span")).click();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> driver.getCurrentUrl().contains("span=7d"));
            assertTrue(driver.findElement(By.id("timebar"))
                    .getDomAttribute("aria-label")
                    .contains("7d"));
            assertEquals(List.of(), browser.consoleProblems(), "the pages log no errors");
        }
    }

    private static Instant at(String url) {
        String at = url.substring(url.indexOf("at=") + 3);
        int end = at.indexOf('&');
        return Instant.parse(end < 0 ? at : at.substring(0, end));
    }
}
