package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
class SourcesPageBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @Test
    void aSourceThatWentQuietReadsAsStaleInWordsAndTheRowLinksToItsHistory() throws Exception {
        Instant tenMinutesAgo = clock.instant().minus(Duration.ofMinutes(10));
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "browser-host",
                "forge-b",
                tenMinutesAgo.minusMillis(200),
                tenMinutesAgo,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(new SubjectSeen(
                        "forge-b:thing:1",
                        "ThingSeen",
                        null,
                        JsonNodeFactory.instance.objectNode().put("title", "<script>alert(1)</script>"))),
                List.of()));

        try (Browser browser = Browser.open(1200, 800)) {
            // The collector here appends too; the page shows the read once the views have caught up.
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                browser.load(root + "sources");
                return !browser.driver().findElements(By.id("source-forge-b")).isEmpty();
            });
            WebElement row = browser.driver().findElement(By.id("source-forge-b"));
            assertTrue(row.getText().contains("stale"), row.getText());
            assertTrue(row.getText().contains("10m ago"), row.getText());
            assertTrue(row.getText().contains("older than 3m"), row.getText());
            assertEquals("freshness-stale", row.getAttribute("class"));

            WebElement gitea = browser.driver().findElement(By.id("source-gitea"));
            assertTrue(gitea.getText().contains("unknown"), gitea.getText());

            browser.screenshot(Screenshots.of("sources"));
            assertEquals(List.of(), browser.consoleProblems(), "the page logs no errors");

            browser.driver().findElement(By.linkText("Sources")).click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/sources"));
        }
    }
}
