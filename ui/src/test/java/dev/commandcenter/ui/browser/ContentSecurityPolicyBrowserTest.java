package dev.commandcenter.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a real browser, every page keeps its own look under the content security policy, while a
 * script smuggled into a page (the way an injected value would arrive) does not run.
 */
@QuarkusTest
class ContentSecurityPolicyBrowserTest {

    private static final String INJECT = "var s = document.createElement('script');"
            + " s.textContent = 'window.injected = true;'; document.head.appendChild(s);";

    @TestHTTPResource("/")
    URL root;

    @Test
    void pagesKeepTheirStylesheetAndAnInjectedScriptDoesNotRun() {
        try (Browser browser = Browser.open(1280, 900)) {
            for (String page :
                    List.of("", "agents", "reviews", "cron", "tasks", "sources", "reviews?status=all-clear")) {
                browser.load(root + page);
                String border = browser.driver()
                        .findElement(By.cssSelector("header.top"))
                        .getCssValue("border-bottom-style");
                assertEquals("solid", border, "/" + page + " is styled by dashboard.css");
                // The refusal page is a 400 on purpose; the browser notes that status and nothing else.
                assertEquals(
                        List.of(),
                        browser.consoleProblems().stream()
                                .filter(m -> !m.contains("responded with a status of 400"))
                                .toList(),
                        "/" + page);

                browser.driver().executeScript(INJECT);

                assertEquals(
                        Boolean.FALSE,
                        browser.driver().executeScript("return window.injected === true;"),
                        "/" + page + " ran an inline script");
                assertTrue(
                        browser.consoleProblems().stream().anyMatch(m -> m.contains("Content Security Policy")),
                        "/" + page + ": the browser reports the refused script");
            }
        }
    }
}
