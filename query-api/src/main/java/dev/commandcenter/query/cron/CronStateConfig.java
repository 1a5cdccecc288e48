package dev.commandcenter.query.cron;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The bounds the cron state view judges drift by ({@code command-center.cron.*}). */
@ConfigMapping(prefix = "command-center.cron")
public interface CronStateConfig {

    /** A job paused for longer than this is {@code paused-unnoticed}. */
    @WithDefault(Thresholds.PAUSED_UNNOTICED_AFTER)
    Duration pausedUnnoticedAfter();

    /** A job is {@code overdue} once now is past its expected run by more than this (the ticker runs every 60 s). */
    @WithDefault(Thresholds.OVERDUE_GRACE)
    Duration overdueGrace();

    /** This many failed runs in a row make a job {@code failing}. */
    @WithDefault(Thresholds.FAILING_RUNS)
    int failingRuns();

    /** No successful run for this many of the job's intervals makes it {@code failing}. */
    @WithDefault(Thresholds.FAILING_INTERVALS)
    int failingIntervals();

    /** A ticker heartbeat older than this is stalled ({@code hermes cron status} uses 200 s). */
    @WithDefault(Thresholds.TICKER_STALE_AFTER)
    Duration tickerStaleAfter();

    /** Huey error events within this window count as queue pressure. */
    @WithDefault(Thresholds.ERROR_WINDOW)
    Duration errorWindow();

    default Thresholds thresholds() {
        return new Thresholds(
                pausedUnnoticedAfter(),
                overdueGrace(),
                failingRuns(),
                failingIntervals(),
                tickerStaleAfter(),
                errorWindow());
    }
}
