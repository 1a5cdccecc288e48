package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
            JsonNode payload,
            RunnerRow runner,
            SourceStatus status,
            Instant at,
            Thresholds thresholds,
            Instant firstSeenPaused) {
        JsonNode job = payload.path("job");
        String state = payload.path("state").asText("");
        DesiredState desired = desired(job, state);
        Instant lastRun = Payloads.instant(payload, "last_run_at");
        Instant nextRun = nextRun(payload, job, lastRun);
        boolean runnerDown = runner != null && !runner.liveness().alive();
        Map<CronDrift, String> drifts = new EnumMap<>(CronDrift.class);
        Instant pausedSince = Payloads.instant(payload, "paused_at");
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
            String failing = failing(payload, job, state, runner, at, thresholds);
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
                payload.path("home").asText(),
                job.path("id").asText(),
                job.path("name").asText(job.path("id").asText()),
                job.path("schedule_display")
                        .asText(job.path("schedule").path("display").asText(null)),
                desired,
                actual(desired, state, payload, runner, runnerDown),
                lastRun,
                Payloads.text(job, "last_status"),
                nextRun,
                reason(desired, job, state),
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

    static DesiredState desired(JsonNode job, String state) {
        if ("completed".equals(state)) {
            return DesiredState.COMPLETED;
        }
        return "paused".equals(state) || !job.path("enabled").asBoolean(true)
                ? DesiredState.PAUSED
                : DesiredState.ENABLED;
    }

    /** The run the schedule calls for after the last run (or creation); the registry's own value only as a fallback. */
    static Instant nextRun(JsonNode payload, JsonNode job, Instant lastRun) {
        Instant base = lastRun != null ? lastRun : Payloads.instant(payload, "created_at");
        Instant recorded = Payloads.instant(payload, "next_run_at");
        JsonNode schedule = job.path("schedule");
        if (base == null || !Schedules.understood(schedule)) {
            return recorded;
        }
        ZoneId zone = ZoneId.of(payload.path("zone").asText("UTC"));
        return Schedules.nextAfter(schedule, base, zone, Payloads.instant(payload, "run_at"), lastRun != null)
                .orElse("once".equals(schedule.path("kind").asText()) ? null : recorded);
    }

    private static String failing(
            JsonNode payload, JsonNode job, String state, RunnerRow runner, Instant at, Thresholds thresholds) {
        if ("error".equals(state)) {
            return "the runner could not compute its next run (state error)";
        }
        if (runner == null || !runner.liveness().alive()) {
            return null;
        }
        JsonNode recent = payload.path("outputs").path("recent");
        int failedInRow = 0;
        Instant lastSuccess = null;
        for (JsonNode run : recent) {
            if (!"failed".equals(run.path("result").asText())) {
                lastSuccess = Payloads.instant(run, "run_at");
                break;
            }
            failedInRow++;
        }
        if (recent.isEmpty() && "error".equals(job.path("last_status").asText())) {
            failedInRow = 1;
        }
        if (failedInRow >= thresholds.failingRuns()) {
            return "last " + failedInRow + " run(s) failed: "
                    + job.path("last_error").asText("no error text");
        }
        if (lastSuccess == null && "ok".equals(job.path("last_status").asText())) {
            lastSuccess = Payloads.instant(payload, "last_run_at");
        }
        Instant since = lastSuccess != null ? lastSuccess : Payloads.instant(payload, "created_at");
        ZoneId zone = ZoneId.of(payload.path("zone").asText("UTC"));
        Duration period = since == null
                ? null
                : Schedules.period(job.path("schedule"), since, zone).orElse(null);
        if (period != null
                && Duration.between(since, at).compareTo(period.multipliedBy(thresholds.failingIntervals())) > 0) {
            return "no successful run for " + Ages.describe(Duration.between(since, at)) + ", more than "
                    + thresholds.failingIntervals() + " intervals of " + Ages.describe(period);
        }
        return null;
    }

    private static ActualState actual(
            DesiredState desired, String state, JsonNode payload, RunnerRow runner, boolean runnerDown) {
        return switch (desired) {
            case PAUSED -> ActualState.PAUSED;
            case COMPLETED -> ActualState.COMPLETED;
            case ENABLED -> {
                if ("error".equals(state)) {
                    yield ActualState.ERROR;
                }
                if (payload.hasNonNull("run_claim_at") && runnerDown) {
                    yield ActualState.INTERRUPTED;
                }
                if (runnerDown) {
                    yield ActualState.STRANDED;
                }
                yield "scheduled".equals(state) ? ActualState.SCHEDULED : ActualState.UNKNOWN;
            }
        };
    }

    private static String reason(DesiredState desired, JsonNode job, String state) {
        if (desired == DesiredState.PAUSED) {
            return Payloads.text(job, "paused_reason");
        }
        String error = Payloads.text(job, "last_error");
        if (error == null && "error".equals(state)) {
            return "the next run could not be computed";
        }
        return error != null ? error : Payloads.text(job, "last_delivery_error");
    }
}
