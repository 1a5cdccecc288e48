package dev.commandcenter.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages follow the system's colour scheme, and the toggle in the header chooses the other one
 * for this browser, remembered across reloads and pages without anything stored on the server.
 */
@QuarkusTest
class ColourSchemeBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aDarkSystemGetsTheDarkSchemeAndTheToggleRemembersLight() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.prefersColorScheme("dark");
            browser.load(root.toString());
            assertDark(browser, "a dark system gets the dark scheme");
            assertEquals("true", toggle(browser).getAttribute("aria-pressed"));

            toggle(browser).click();
            assertLight(browser, "the toggle turns the page light");
            assertEquals("false", toggle(browser).getAttribute("aria-pressed"));
            browser.driver().navigate().refresh();
            assertLight(browser, "the choice outlives a reload");
            browser.load(root + "cron");
            assertLight(browser, "the choice holds on every page");

            toggle(browser).click();
            assertDark(browser, "toggled back to dark");
            browser.prefersColorScheme("light");
            browser.driver().navigate().refresh();
            assertLight(browser, "choosing the system's own scheme means following the system again");
        }
    }

    @Test
    void aLightSystemGetsTheLightSchemeUntilTheOperatorChoosesDark() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.prefersColorScheme("light");
            browser.load(root + "agents");
            assertLight(browser, "a light system gets the light scheme");
            assertEquals("false", toggle(browser).getAttribute("aria-pressed"));

            toggle(browser).click();
            browser.load(root + "sources");
            assertDark(browser, "dark chosen on one page holds on the next");
            assertEquals("true", toggle(browser).getAttribute("aria-pressed"));
            assertTrue(browser.driver().manage().getCookies().isEmpty(), "no cookie carries the choice");
        }
    }

    private static WebElement toggle(Browser browser) {
        WebElement toggle = browser.driver().findElement(By.id("theme-toggle"));
        assertTrue(toggle.isDisplayed(), "the toggle is shown");
        assertTrue(toggle.getText().contains("Dark scheme"), toggle.getText());
        return toggle;
    }

    private static void assertDark(Browser browser, String why) {
        double luminance = browser.bodyLuminance("backgroundColor");
        assertTrue(luminance < 0.05, why + ": background luminance " + luminance);
        assertTrue(browser.bodyLuminance("color") > 0.6, why + ": the text is light");
    }

    private static void assertLight(Browser browser, String why) {
        double luminance = browser.bodyLuminance("backgroundColor");
        assertTrue(luminance > 0.9, why + ": background luminance " + luminance);
        assertTrue(browser.bodyLuminance("color") < 0.05, why + ": the text is dark");
    }
}
