package dev.commandcenter.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreshnessRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static SourceRead read(Instant finished, ReadOutcome outcome, String error) {
        return new SourceRead(
                1,
                "gitea",
                "host-a",
                "p",
                finished.minusMillis(300),
                finished,
                outcome,
                error,
                0,
                0,
                Duration.ofMinutes(3));
    }

    @Test
    void neverReadIsUnknown() {
        FreshnessVerdict v = FreshnessRule.judge(Optional.empty(), Optional.empty(), NOW);
        assertEquals(Freshness.UNKNOWN, v.freshness());
        assertEquals("never read", v.reason());
    }

    @Test
    void recentSuccessfulReadIsLive() {
        SourceRead ok = read(NOW.minusSeconds(30), ReadOutcome.OK, null);
        assertEquals(
                Freshness.LIVE,
                FreshnessRule.judge(Optional.of(ok), Optional.of(ok), NOW).freshness());
    }

    @Test
    void successfulReadOlderThanItsBoundIsStale() {
        SourceRead ok = read(NOW.minusSeconds(181), ReadOutcome.OK, null);
        FreshnessVerdict v = FreshnessRule.judge(Optional.of(ok), Optional.of(ok), NOW);
        assertEquals(Freshness.STALE, v.freshness());
        assertEquals("last read 3m 1s ago, older than 3m", v.reason());
    }

    @Test
    void failedLastReadIsUnknownWithTheErrorAndTheLastGoodRead() {
        SourceRead ok = read(NOW.minusSeconds(120), ReadOutcome.OK, null);
        SourceRead failed = read(NOW.minusSeconds(10), ReadOutcome.TIMEOUT, "no answer within 10s");
        FreshnessVerdict v = FreshnessRule.judge(Optional.of(failed), Optional.of(ok), NOW);
        assertEquals(Freshness.UNKNOWN, v.freshness());
        assertTrue(v.reason().contains("timeout"), v.reason());
        assertTrue(v.reason().contains("no answer within 10s"), v.reason());
        assertTrue(v.reason().contains("2026-03-02T09:58:00Z"), v.reason());
    }

    @Test
    void partlyReadSourceIsDegraded() {
        SourceRead partial = read(NOW.minusSeconds(10), ReadOutcome.PARTIAL, "o/b: HTTP 500");
        FreshnessVerdict v = FreshnessRule.judge(Optional.of(partial), Optional.of(partial), NOW);
        assertEquals(Freshness.DEGRADED, v.freshness());
        assertEquals("partly read: o/b: HTTP 500", v.reason());
    }

    @Test
    void unconfiguredSourceIsUnknownAndSaysWhatIsMissing() {
        SourceRead unconfigured = read(NOW.minusSeconds(10), ReadOutcome.UNCONFIGURED, "set command-center.gitea.url");
        FreshnessVerdict v = FreshnessRule.judge(Optional.of(unconfigured), Optional.empty(), NOW);
        assertEquals(Freshness.UNKNOWN, v.freshness());
        assertEquals("not configured: set command-center.gitea.url", v.reason());
    }
}
