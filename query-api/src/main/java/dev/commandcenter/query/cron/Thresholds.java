package dev.commandcenter.query.cron;

import java.time.Duration;

/** The bounds of {@link CronStateConfig} as plain values, so that the fold can be tested without a framework. */
public record Thresholds(
        Duration pausedUnnoticedAfter,
        Duration overdueGrace,
        int failingRuns,
        int failingIntervals,
        Duration tickerStaleAfter,
        Duration errorWindow) {

    public static Thresholds defaults() {
        return new Thresholds(
                Duration.ofHours(24), Duration.ofMinutes(2), 1, 3, Duration.ofSeconds(200), Duration.ofHours(24));
    }
}
