package dev.commandcenter.query.cron;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;
import java.util.List;

/**
 * One scheduled job in the cron state view.
 *
 * @param subject     the log's subject key, e.g. {@code cron:job:default/3211b8a1b2aa}
 * @param source      {@code hermes} (or {@code huey} for periodic tasks)
 * @param home        the Hermes home (profile) the job belongs to
 * @param job         the job's id in its registry
 * @param name        its label
 * @param schedule    the schedule as the registry displays it
 * @param desired     what the registry intends
 * @param actual      what is actually happening
 * @param lastRun     when it last ran; null if never
 * @param lastResult  {@code ok}, {@code error} or null (never ran)
 * @param nextRun     when it should run next, computed from its schedule; null when nothing is due
 * @param reason      the pause reason or the failure text, if any
 * @param pausedSince when it was paused (from the registry, else from the log), if paused
 * @param drift       the most pressing drift, {@code ok} or {@code unknown}
 * @param drifts      every drift that applies, most pressing first
 * @param evidence    the facts behind the drift, in words
 * @param observedAt  when the collector last saw this job change
 * @param freshness   how far the row can be trusted now
 * @param freshnessReason why it is not live; null when live
 * @param flapping    whether its drift changed more often than the flapping rule allows in the window before the view's instant
 * @param driftSince  since when it has shown this drift, as history records it; null when history cannot say
 */
public record CronJobRow(
        String subject,
        String source,
        String home,
        String job,
        String name,
        String schedule,
        DesiredState desired,
        ActualState actual,
        Instant lastRun,
        String lastResult,
        Instant nextRun,
        String reason,
        Instant pausedSince,
        CronDrift drift,
        List<CronDrift> drifts,
        String evidence,
        Instant observedAt,
        Freshness freshness,
        String freshnessReason,
        boolean flapping,
        Instant driftSince) {

    /** The same row, marked flapping or not, showing its drift since {@code driftSince}. */
    public CronJobRow marked(boolean flapping, Instant driftSince) {
        return new CronJobRow(
                subject,
                source,
                home,
                job,
                name,
                schedule,
                desired,
                actual,
                lastRun,
                lastResult,
                nextRun,
                reason,
                pausedSince,
                drift,
                drifts,
                evidence,
                observedAt,
                freshness,
                freshnessReason,
                flapping,
                driftSince);
    }
}
