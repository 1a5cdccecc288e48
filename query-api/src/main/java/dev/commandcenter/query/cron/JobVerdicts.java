package dev.commandcenter.query.cron;

import dev.commandcenter.fact.CronJobFact;
import dev.commandcenter.fact.CronJobState;
import dev.commandcenter.fact.CronRunStatus;
import dev.commandcenter.fact.JobSchedule;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Judges one Hermes job at an instant: its desired and actual state, its next run computed from
 * its schedule (not taken from {@code next_run_at} on trust), and every drift that applies, with
 * the evidence. Pure: everything it needs is passed in.
 */
final class JobVerdicts {

    private JobVerdicts() {}

    /**
     * @param runner            the job's home's runner, if the log has one
     * @param firstSeenPaused   since when the log shows the job paused, for registries that do not record it
     */
    static CronJobRow judge(
            Observation observation,
            CronJobFact job,
            RunnerRow runner,
            SourceStatus status,
            Instant at,
            Thresholds thresholds,
            Instant firstSeenPaused) {
        DesiredState desired = desired(job);
        Instant nextRun = nextRun(job);
        boolean runnerDown = runner != null && !runner.liveness().alive();
        Map<CronDrift, String> drifts = new EnumMap<>(CronDrift.class);
        Instant pausedSince = job.pausedAt();
        pausedSince = pausedSince == null && desired == DesiredState.PAUSED ? firstSeenPaused : pausedSince;
        if (desired == DesiredState.PAUSED
                && pausedSince != null
                && Duration.between(pausedSince, at).compareTo(thresholds.pausedUnnoticedAfter()) > 0) {
            drifts.put(
                    CronDrift.PAUSED_UNNOTICED,
                    "paused for " + Ages.describe(Duration.between(pausedSince, at)) + " (since " + pausedSince
                            + "), longer than " + Ages.describe(thresholds.pausedUnnoticedAfter()));
        }
        if (desired == DesiredState.ENABLED) {
            if (runnerDown) {
                drifts.put(
                        CronDrift.RUNNER_ABSENT, "runner " + runner.liveness().wire() + ": " + runner.signal());
            } else if (runner != null && runner.ticker() == TickerState.STALLED) {
                drifts.put(
                        CronDrift.RUNNER_ABSENT,
                        "gateway alive, but its cron ticker last beat "
                                + Ages.describe(Duration.between(runner.heartbeatAt(), at)) + " ago");
            }
            if (nextRun != null && Duration.between(nextRun, at).compareTo(thresholds.overdueGrace()) > 0) {
                drifts.put(
                        CronDrift.OVERDUE,
                        "due at " + nextRun + ", " + Ages.describe(Duration.between(nextRun, at)) + " late (grace "
                                + Ages.describe(thresholds.overdueGrace()) + ")");
            }
            String failing = failing(job, runner, at, thresholds);
            if (failing != null) {
                drifts.put(CronDrift.FAILING, failing);
            }
        }
        RowFreshness freshness = RowFreshness.of(status, observation);
        List<CronDrift> kinds = new ArrayList<>(drifts.keySet());
        CronDrift drift = !kinds.isEmpty()
                ? kinds.get(0)
                : freshness.freshness() == Freshness.LIVE ? CronDrift.OK : CronDrift.UNKNOWN;
        String evidence = kinds.isEmpty()
                ? (drift == CronDrift.OK ? null : freshness.reason())
                : String.join("; ", drifts.values());
        return new CronJobRow(
                observation.subject(),
                observation.source(),
                job.home(),
                job.id(),
                job.name(),
                job.scheduleDisplay(),
                desired,
                actual(desired, job, runnerDown),
                job.lastRunAt(),
                lastResult(job.lastStatus()),
                nextRun,
                reason(desired, job),
                pausedSince,
                drift,
                kinds,
                evidence,
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason(),
                false,
                null);
    }

    static DesiredState desired(CronJobFact job) {
        if (job.state() == CronJobState.COMPLETED) {
            return DesiredState.COMPLETED;
        }
        return job.state() == CronJobState.PAUSED || !job.enabled() ? DesiredState.PAUSED : DesiredState.ENABLED;
    }

    /** The run the schedule calls for after the last run (or creation); the registry's own value only as a fallback. */
    static Instant nextRun(CronJobFact job) {
        Instant lastRun = job.lastRunAt();
        Instant base = lastRun != null ? lastRun : job.createdAt();
        Instant recorded = job.nextRunAt();
        if (base == null || !Schedules.understood(job.schedule())) {
            return recorded;
        }
        return Schedules.nextAfter(job.schedule(), base, job.zone(), lastRun != null)
                .orElse(job.schedule() instanceof JobSchedule.Once ? null : recorded);
    }

    /** The row's {@code lastResult}: {@code ok}, {@code error}, or null when the job never ran. */
    private static String lastResult(CronRunStatus status) {
        return switch (status) {
            case OK, ERROR, OTHER -> status.wire();
            case NONE -> null;
        };
    }

    private static String failing(CronJobFact job, RunnerRow runner, Instant at, Thresholds thresholds) {
        if (job.state() == CronJobState.ERROR) {
            return "the runner could not compute its next run (state error)";
        }
        if (runner == null || !runner.liveness().alive()) {
            return null;
        }
        int failedInRow = 0;
        Instant lastSuccess = null;
        for (CronJobFact.RunDocument run : job.recentRuns()) {
            if (!run.result().failed()) {
                lastSuccess = run.runAt();
                break;
            }
            failedInRow++;
        }
        if (job.recentRuns().isEmpty() && job.lastStatus() == CronRunStatus.ERROR) {
            failedInRow = 1;
        }
        if (failedInRow >= thresholds.failingRuns()) {
            return "last " + failedInRow + " run(s) failed: "
                    + (job.lastError() == null ? "no error text" : job.lastError());
        }
        if (lastSuccess == null && job.lastStatus() == CronRunStatus.OK) {
            lastSuccess = job.lastRunAt();
        }
        Instant since = lastSuccess != null ? lastSuccess : job.createdAt();
        Duration period = since == null
                ? null
                : Schedules.period(job.schedule(), since, job.zone()).orElse(null);
        if (period != null
                && Duration.between(since, at).compareTo(period.multipliedBy(thresholds.failingIntervals())) > 0) {
            return "no successful run for " + Ages.describe(Duration.between(since, at)) + ", more than "
                    + thresholds.failingIntervals() + " intervals of " + Ages.describe(period);
        }
        return null;
    }

    private static ActualState actual(DesiredState desired, CronJobFact job, boolean runnerDown) {
        return switch (desired) {
            case PAUSED -> ActualState.PAUSED;
            case COMPLETED -> ActualState.COMPLETED;
            case ENABLED -> {
                if (job.state() == CronJobState.ERROR) {
                    yield ActualState.ERROR;
                }
                if (job.runClaimAt() != null && runnerDown) {
                    yield ActualState.INTERRUPTED;
                }
                if (runnerDown) {
                    yield ActualState.STRANDED;
                }
                yield job.state() == CronJobState.SCHEDULED ? ActualState.SCHEDULED : ActualState.UNKNOWN;
            }
        };
    }

    private static String reason(DesiredState desired, CronJobFact job) {
        if (desired == DesiredState.PAUSED) {
            return job.pausedReason();
        }
        if (job.lastError() == null && job.state() == CronJobState.ERROR) {
            return "the next run could not be computed";
        }
        return job.lastError() != null ? job.lastError() : job.lastDeliveryError();
    }
}
