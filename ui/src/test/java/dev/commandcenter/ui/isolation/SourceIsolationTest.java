package dev.commandcenter.ui.isolation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IsolationProfile.class)
class SourceIsolationTest {

    @Inject
    LogReader log;

    @Inject
    Clock clock;

    @Test
    void aHangingAndAThrowingSourceNeverHoldUpAHealthyOne() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> log.recentReads("test-hanging", clock.instant(), 10)
                                        .size()
                                >= 6
                        && log.recentReads("test-healthy", clock.instant(), 100).size() >= 8);
        Instant now = clock.instant();

        List<SourceRead> healthy = log.recentReads("test-healthy", now, 100);
        assertTrue(healthy.stream().allMatch(r -> r.outcome() == ReadOutcome.OK));
        assertTrue(healthy.size() >= 8, "healthy source kept its pace: " + healthy.size() + " reads");
        for (int i = 1; i < healthy.size(); i++) {
            long gap = Duration.between(
                            healthy.get(i).finishedAt(), healthy.get(i - 1).finishedAt())
                    .toMillis();
            // A healthy source blocked behind the hanging one would stop for its 60 s hang, not 200 ms.
            assertTrue(gap < 1_000, "healthy reads every 200 ms, never held up by the hanging source: gap " + gap);
        }
        assertTrue(
                Duration.between(healthy.get(0).finishedAt(), now).toMillis() < 1_000,
                "healthy source's newest read is fresh");
        assertEquals(
                Math.min(healthy.size(), 100),
                log.history("test-healthy", "test:counter", Instant.EPOCH, now).size(),
                "every poll changed the counter and was stored");

        List<SourceRead> hanging = log.recentReads("test-hanging", now, 10);
        assertTrue(hanging.stream().allMatch(r -> r.outcome() == ReadOutcome.TIMEOUT));
        assertTrue(
                hanging.stream()
                        .anyMatch(r -> r.error().equals("no answer within 400ms")
                                || r.error().startsWith("no answer within")),
                hanging.get(0).error());
        assertTrue(
                hanging.stream().anyMatch(r -> r.error().startsWith("previous poll still running since")),
                "a hung poll is not started again");

        List<SourceRead> throwing = log.recentReads("test-throwing", now, 10);
        assertTrue(throwing.stream().allMatch(r -> r.outcome() == ReadOutcome.ERROR));
        assertEquals(
                "IllegalStateException: jobs.json field 'schedule' has an unexpected shape",
                throwing.get(0).error());
    }

    @Test
    void theSourcesViewShowsEachOutcomeAsTheOperatorShouldSeeIt() {
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> given().get("/api/sources")
                        .then()
                        .body("sources.find { it.source == 'test-healthy' }.freshness", equalTo("live"))
                        .body("sources.find { it.source == 'test-hanging' }.freshness", equalTo("unknown"))
                        .body(
                                "sources.find { it.source == 'test-hanging' }.reason",
                                containsString("last read failed (timeout)"))
                        .body("sources.find { it.source == 'test-throwing' }.freshness", equalTo("unknown"))
                        .body(
                                "sources.find { it.source == 'test-throwing' }.reason",
                                containsString("unexpected shape; never read successfully")));
    }
}
