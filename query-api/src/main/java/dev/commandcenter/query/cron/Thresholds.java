package dev.commandcenter.query.cron;

import java.time.Duration;

/**
 * The bounds of {@link CronStateConfig} as plain values, so that the fold can be tested without a
 * framework. Each default is written once, here: the configuration's defaults name these constants.
 */
public record Thresholds(
        Duration pausedUnnoticedAfter,
        Duration overdueGrace,
        int failingRuns,
        int failingIntervals,
        Duration tickerStaleAfter,
        Duration errorWindow) {

    static final String PAUSED_UNNOTICED_AFTER = "PT24H";
    /** The ticker runs every 60 s. */
    static final String OVERDUE_GRACE = "PT2M";

    static final String FAILING_RUNS = "1";
    static final String FAILING_INTERVALS = "3";
    /** As {@code hermes cron status}. */
    static final String TICKER_STALE_AFTER = "PT200S";

    static final String ERROR_WINDOW = "PT24H";

    public static Thresholds defaults() {
        return new Thresholds(
                Duration.parse(PAUSED_UNNOTICED_AFTER),
                Duration.parse(OVERDUE_GRACE),
                Integer.parseInt(FAILING_RUNS),
                Integer.parseInt(FAILING_INTERVALS),
                Duration.parse(TICKER_STALE_AFTER),
                Duration.parse(ERROR_WINDOW));
    }
}
