package dev.commandcenter.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core finds no serious or critical accessibility violation on any page of a populated fleet,
 * in the light scheme or the dark one: every view, a replay, and the page that refuses a bad
 * parameter.
 */
@QuarkusTest
@TestProfile(PopulatedFleetProfile.class)
class AccessibilityBrowserTest extends OnPopulatedFleet {

    @Test
    void noPageHasASeriousOrCriticalViolationInEitherScheme() throws Exception {
        String fiveMinutesAgo = clock.instant()
                .minus(Duration.ofMinutes(5))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        List<String> pages = List.of(
                "",
                "agents",
                "reviews",
                "cron",
                "tasks",
                "sources",
                "?at=" + fiveMinutesAgo,
                "cron?at=" + fiveMinutesAgo,
                "reviews?status=all-clear");
        List<String> found = new ArrayList<>();
        try (Browser browser = Browser.open(1280, 900)) {
            for (String scheme : List.of("light", "dark")) {
                browser.prefersColorScheme(scheme);
                for (String page : pages) {
                    browser.load(root + page);
                    assertTrue(
                            browser.driver()
                                    .findElement(By.cssSelector("header.top"))
                                    .isDisplayed(),
                            page);
                    for (String violation : Axe.seriousViolations(browser)) {
                        found.add(scheme + " /" + page + ": " + violation);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
