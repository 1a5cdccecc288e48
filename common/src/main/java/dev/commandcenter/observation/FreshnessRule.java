package dev.commandcenter.observation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one rule that turns a source's reads into a freshness (DESIGN §3). Pure: the instant
 * to judge at is passed in, so the same rule serves "now" and replay.
 */
public final class FreshnessRule {

    private FreshnessRule() {}

    /**
     * @param lastRead       the newest read finished at or before {@code at}, if any
     * @param lastDelivering the newest read at or before {@code at} that delivered data, if any
     */
    public static FreshnessVerdict judge(
            Optional<SourceRead> lastRead, Optional<SourceRead> lastDelivering, Instant at) {
        if (lastRead.isEmpty()) {
            return new FreshnessVerdict(Freshness.UNKNOWN, "never read");
        }
        SourceRead read = lastRead.get();
        ReadOutcome outcome = read.outcome();
        return switch (outcome) {
            case UNCONFIGURED -> new FreshnessVerdict(Freshness.UNKNOWN, "not configured" + suffix(read.error()));
            case TIMEOUT, UNREACHABLE, MALFORMED, UNAUTHORIZED, ERROR ->
                new FreshnessVerdict(
                        Freshness.UNKNOWN,
                        "last read failed (" + outcome.wire() + ")" + suffix(read.error())
                                + lastDelivering
                                        .map(ok -> "; last good read " + ok.finishedAt())
                                        .orElse("; never read successfully"));
            case OK, PARTIAL, DEGRADED -> judgeDelivered(read, at);
        };
    }

    private static FreshnessVerdict judgeDelivered(SourceRead read, Instant at) {
        Duration age = Duration.between(read.finishedAt(), at);
        if (age.compareTo(read.staleAfter()) > 0) {
            return new FreshnessVerdict(
                    Freshness.STALE,
                    "last read " + Ages.describe(age) + " ago, older than " + Ages.describe(read.staleAfter()));
        }
        return switch (read.outcome()) {
            case OK -> FreshnessVerdict.live();
            case PARTIAL -> new FreshnessVerdict(Freshness.DEGRADED, "partly read" + suffix(read.error()));
            case DEGRADED -> new FreshnessVerdict(Freshness.DEGRADED, read.error() == null ? "degraded" : read.error());
            case UNCONFIGURED, TIMEOUT, UNREACHABLE, MALFORMED, UNAUTHORIZED, ERROR ->
                throw new IllegalStateException("not a delivering outcome: " + read.outcome());
        };
    }

    private static String suffix(String error) {
        return error == null || error.isBlank() ? "" : ": " + error;
    }
}
