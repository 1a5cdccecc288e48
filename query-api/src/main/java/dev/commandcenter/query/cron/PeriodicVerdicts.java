package dev.commandcenter.query.cron;

import dev.commandcenter.fact.CronRunStatus;
import dev.commandcenter.fact.HueyPeriodicFact;
import dev.commandcenter.fact.HueySignal;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a Huey periodic task ({@code huey:periodic:<task>}) as a Hermes job is judged: its intended
 * crontab (from configuration) against its runs (from the stats tables) and its consumers (from their logs).
 */
final class PeriodicVerdicts {

    private PeriodicVerdicts() {}

    static CronJobRow judge(
            Observation observation,
            HueyPeriodicFact periodic,
            List<ConsumerRow> consumers,
            SourceStatus status,
            Instant at,
            Thresholds thresholds) {
        String task = periodic.task();
        Instant lastOk = periodic.lastAt(HueySignal.COMPLETE);
        Instant lastError = periodic.lastAt(HueySignal.ERROR);
        Instant lastRun =
                lastOk == null ? lastError : lastError == null || lastOk.isAfter(lastError) ? lastOk : lastError;
        boolean lastFailed = lastRun != null && !lastRun.equals(lastOk);
        Instant nextRun = lastRun == null
                ? null
                : Schedules.nextAfter(periodic.schedule(), lastRun, periodic.zone(), false)
                        .orElse(null);
        boolean consumerDown = !consumers.isEmpty() && consumers.stream().noneMatch(PeriodicVerdicts::alive);
        List<CronDrift> drifts = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        if (consumerDown) {
            drifts.add(CronDrift.RUNNER_ABSENT);
            evidence.add("no Huey consumer alive: "
                    + String.join(
                            ", ",
                            consumers.stream()
                                    .map(c -> c.logFile() + " "
                                            + (c.exited()
                                                    ? "exited"
                                                    : c.process().wire()))
                                    .toList()));
        }
        if (nextRun != null && Duration.between(nextRun, at).compareTo(thresholds.overdueGrace()) > 0) {
            drifts.add(CronDrift.OVERDUE);
            evidence.add("due at " + nextRun + ", " + Ages.describe(Duration.between(nextRun, at)) + " late");
        }
        if (lastFailed && !consumerDown) {
            drifts.add(CronDrift.FAILING);
            evidence.add("last run failed: " + (periodic.lastError() == null ? "no error text" : periodic.lastError()));
        }
        RowFreshness freshness = RowFreshness.of(status, observation);
        boolean known = periodic.historyKnown() && lastRun != null;
        CronDrift drift = !drifts.isEmpty()
                ? drifts.get(0)
                : known && freshness.freshness() == Freshness.LIVE ? CronDrift.OK : CronDrift.UNKNOWN;
        if (drifts.isEmpty() && !known) {
            evidence.add(
                    periodic.historyKnown()
                            ? "no run recorded in the stats tables"
                            : "no run history: set command-center.huey.stats-db");
        }
        return new CronJobRow(
                observation.subject(),
                observation.source(),
                KnownSource.HUEY.sourceName(),
                task,
                task,
                periodic.cron() + " (" + periodic.zone().getId() + ")",
                DesiredState.ENABLED,
                consumerDown ? ActualState.STRANDED : ActualState.SCHEDULED,
                lastRun,
                lastRun == null ? null : (lastFailed ? CronRunStatus.ERROR : CronRunStatus.OK).wire(),
                nextRun,
                lastFailed ? periodic.lastError() : null,
                null,
                drift,
                drifts,
                evidence.isEmpty() ? null : String.join("; ", evidence),
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason(),
                false,
                null);
    }

    private static boolean alive(ConsumerRow consumer) {
        return !consumer.exited() && consumer.process().alive();
    }
}
