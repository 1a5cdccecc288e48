package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Readable at 3 a.m. on a fleet-scale log: the whole brief on one 1080p screen, every page usable
 * on a phone, no state told by colour alone, and ages that keep counting between reloads.
 */
@QuarkusTest
@TestProfile(LayoutFleetProfile.class)
class ReadableLayoutBrowserTest extends OnPopulatedFleet {

    private static final List<String> PAGES = List.of("", "agents", "reviews", "cron", "tasks", "sources");
    /** A glyph (no letter, no digit), a space, then the state's word. */
    private static final Pattern SECONDS_AGO = Pattern.compile("\\d+s ago");

    private static final Pattern GLYPH_AND_WORD = Pattern.compile("^[^\\p{L}\\p{N}\\s]+ \\p{L}.*", Pattern.DOTALL);

    @Test
    void theWholeBriefFitsA1080pScreenAtFleetScale() throws Exception {
        try (Browser browser = Browser.open(1920, 1080)) {
            browser.load(root.toString());
            // What a browser window on a 1080p screen leaves for the page, its own bars taken off.
            long viewport = (Long) browser.driver().executeScript("return window.innerHeight;");
            browser.screenshot(Screenshots.of("brief-1080p"));
            long brief = (Long) browser.driver()
                    .executeScript(
                            "return Math.ceil(document.querySelector('.tiles').getBoundingClientRect().bottom);");
            assertTrue(brief <= viewport, "the brief ends at " + brief + " px on a " + viewport + " px screen");
            List<WebElement> tiles = browser.driver().findElements(By.cssSelector(".tile"));
            assertEquals(6, tiles.size());
            for (WebElement tile : tiles) {
                assertTrue(
                        tile.isDisplayed()
                                && tile.getRect().getY() + tile.getRect().getHeight() <= viewport,
                        tile.getAttribute("id") + " is on screen");
            }
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".tiles li")).size() >= 20,
                    "the fleet's red and amber items are all there");
        }
    }

    @Test
    void everyPageIsUsableOnAPhone() throws Exception {
        try (Browser browser = Browser.open(600, 900)) {
            browser.emulatePhone();
            for (String page : PAGES) {
                browser.load(root + page);
                long width = (Long) browser.driver().executeScript("return window.innerWidth;");
                long content = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
                assertEquals(390, width);
                assertTrue(content <= width, "/" + page + " is " + content + " px wide on a " + width + " px phone");
                for (WebElement link : browser.driver().findElements(By.cssSelector("header.top nav a"))) {
                    assertTrue(
                            link.getRect().getX() + link.getRect().getWidth() <= width,
                            link.getText() + " is on screen");
                    assertTrue(
                            link.getRect().getHeight() >= 40,
                            link.getText() + " is " + link.getRect().getHeight()
                                    + " px tall: too small a target for a thumb");
                }
                WebElement header = browser.driver().findElement(By.cssSelector("header.top"));
                // At most a fifth of the phone's 844 px screen: the brand, the controls and the views as buttons.
                assertTrue(
                        header.getRect().getY() + header.getRect().getHeight() <= 170,
                        "the header leaves the screen to the page: it ends at "
                                + (header.getRect().getY() + header.getRect().getHeight()) + " px");
                assertEquals(
                        root + page,
                        browser.driver()
                                .findElement(By.cssSelector("header.top nav a[aria-current=page]"))
                                .getAttribute("href"),
                        "the header marks the view shown");
                browser.screenshot(Screenshots.of("phone-" + (page.isEmpty() ? "brief" : page)));
            }
            browser.load(root + "agents");
            WebElement state = browser.driver().findElement(By.cssSelector("table.agents tbody tr td.state"));
            assertEquals(
                    "\"State: \"",
                    browser.driver().executeScript("return getComputedStyle(arguments[0], '::before').content;", state),
                    "each cell of a row says which column it is, as the table header is not shown");
        }
    }

    @Test
    void everyStateShowsAGlyphBesideItsWord() {
        List<String> bare = new ArrayList<>();
        try (Browser browser = Browser.open(1280, 900)) {
            for (String page : PAGES) {
                browser.load(root + page);
                List<WebElement> states = browser.driver().findElements(By.cssSelector("main .state, main .verdict"));
                assertTrue(!states.isEmpty(), "/" + page + " shows states");
                for (WebElement state : states) {
                    String text = state.getText().strip();
                    if (!GLYPH_AND_WORD.matcher(text).matches()) {
                        bare.add("/" + page + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), bare.stream().distinct().toList());
    }

    @Test
    void agesKeepCountingBetweenReloadsButAReplayStandsStill() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            Instant now = clock.instant();
            log.append(new PollResult(
                    UUID.randomUUID().toString(),
                    "test-host",
                    "ticking-probe",
                    now.minusMillis(200),
                    now,
                    ReadOutcome.OK,
                    null,
                    Duration.ofMinutes(3),
                    List.of(),
                    List.of()));
            browser.load(root + "sources");
            WebElement age = browser.driver()
                    .findElement(By.cssSelector("#source-ticking-probe td[data-label='Last read'] time"));
            assertTrue(SECONDS_AGO.matcher(age.getText()).matches(), age.getText());
            String datetime = age.getAttribute("datetime");
            String before = age.getText();
            await().atMost(Duration.ofSeconds(5)).until(() -> !age.getText().equals(before));
            assertTrue(SECONDS_AGO.matcher(age.getText()).matches(), age.getText());
            assertEquals(datetime, age.getAttribute("datetime"), "the page was not reloaded");

            String at = clock.instant()
                    .minus(Duration.ofMinutes(3))
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
            browser.load(root + "sources?at=" + at);
            WebElement replayed = browser.driver().findElements(By.cssSelector("main time[datetime]")).stream()
                    .filter(t -> t.getText().endsWith(" ago"))
                    .findFirst()
                    .orElseThrow();
            String shown = replayed.getText();
            Thread.sleep(2_500);
            assertEquals(shown, replayed.getText(), "a replay shows the ages of its instant");
            assertNotEquals(List.of(), browser.driver().findElements(By.cssSelector(".replay-banner")));
        }
    }

    @Test
    void theReaderCanPauseLiveUpdatesAndTheyStayPausedAndSaySo() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.load(root + "cron");
            WebElement pause = browser.driver().findElement(By.id("live-toggle"));
            assertEquals("false", pause.getAttribute("aria-pressed"));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> browser.driver()
                            .findElement(By.id("live-state"))
                            .getText()
                            .equals("live: updates in place as the log changes"));
            assertTrue(
                    !browser.driver().findElement(By.id("live-status")).isDisplayed(),
                    "nothing to announce while live");
            pause.click();
            browser.driver().navigate().refresh();
            assertEquals(
                    "true", browser.driver().findElement(By.id("live-toggle")).getAttribute("aria-pressed"));
            assertEquals(
                    "live updates paused",
                    browser.driver().findElement(By.id("live-state")).getText());
            WebElement status = browser.driver().findElement(By.id("live-status"));
            assertTrue(status.isDisplayed() && status.getText().contains("paused"), "a paused page says so at the top");
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("head meta[http-equiv=refresh]"))
                            .isEmpty(),
                    "with scripts on, nothing reloads the page");
            browser.driver().findElement(By.id("live-toggle")).click();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> browser.driver()
                            .findElement(By.id("live-state"))
                            .getText()
                            .equals("live: updates in place as the log changes"));
            assertTrue(!browser.driver().findElement(By.id("live-status")).isDisplayed());
        }
    }
}
