package dev.commandcenter.query.cron;

import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.List;

/**
 * The cron state view at one instant: scheduled jobs with their drift, their runners, and queue
 * pressure. The REST body and the page model.
 *
 * @param at        the instant the view is computed for
 * @param sources   the status of {@code hermes} and {@code huey}
 * @param jobs      every job, the ones that drift first
 * @param runners   every Hermes home's cron runner
 * @param queues    every Huey queue
 * @param consumers every Huey consumer whose log is read
 * @param drifting  how many jobs drift (any verdict but {@code ok})
 */
public record CronStateView(
        Instant at,
        List<SourceStatus> sources,
        List<CronJobRow> jobs,
        List<RunnerRow> runners,
        List<QueueRow> queues,
        List<ConsumerRow> consumers,
        long drifting) {}
