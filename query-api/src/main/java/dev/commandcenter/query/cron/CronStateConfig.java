package dev.commandcenter.query.cron;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The bounds the cron state view judges drift by ({@code command-center.cron.*}). */
@ConfigMapping(prefix = "command-center.cron")
public interface CronStateConfig {

    /** A job paused for longer than this is {@code paused-unnoticed}. */
    @WithDefault("24h")
    Duration pausedUnnoticedAfter();

    /** A job is {@code overdue} once now is past its expected run by more than this (the ticker runs every 60 s). */
    @WithDefault("2m")
    Duration overdueGrace();

    /** This many failed runs in a row make a job {@code failing}. */
    @WithDefault("1")
    int failingRuns();

    /** No successful run for this many of the job's intervals makes it {@code failing}. */
    @WithDefault("3")
    int failingIntervals();

    /** A ticker heartbeat older than this is stalled ({@code hermes cron status} uses 200 s). */
    @WithDefault("200s")
    Duration tickerStaleAfter();

    /** Huey error events within this window count as queue pressure. */
    @WithDefault("24h")
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
