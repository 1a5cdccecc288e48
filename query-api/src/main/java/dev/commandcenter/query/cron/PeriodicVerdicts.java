package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
            JsonNode payload,
            List<ConsumerRow> consumers,
            SourceStatus status,
            Instant at,
            Thresholds thresholds) {
        String task = payload.path("task").asText();
        JsonNode runs = payload.path("runs");
        Instant lastOk = Payloads.instant(runs.path("complete"), "last_at");
        Instant lastError = Payloads.instant(runs.path("error"), "last_at");
        Instant lastRun =
                lastOk == null ? lastError : lastError == null || lastOk.isAfter(lastError) ? lastOk : lastError;
        String lastResult = lastRun == null ? null : lastRun.equals(lastOk) ? "ok" : "error";
        Instant nextRun = lastRun == null
                ? null
                : Schedules.nextAfter(
                                JsonNodeFactory.instance
                                        .objectNode()
                                        .put("kind", "cron")
                                        .put("expr", payload.path("cron").asText()),
                                lastRun,
                                ZoneId.of(payload.path("zone").asText("UTC")),
                                null,
                                false)
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
                                    .map(c -> c.logFile() + " " + (c.exited() ? "exited" : c.process()))
                                    .toList()));
        }
        if (nextRun != null && Duration.between(nextRun, at).compareTo(thresholds.overdueGrace()) > 0) {
            drifts.add(CronDrift.OVERDUE);
            evidence.add("due at " + nextRun + ", " + Ages.describe(Duration.between(nextRun, at)) + " late");
        }
        if ("error".equals(lastResult) && !consumerDown) {
            drifts.add(CronDrift.FAILING);
            evidence.add("last run failed: " + payload.path("last_error").asText("no error text"));
        }
        RowFreshness freshness = RowFreshness.of(status, observation);
        boolean known = payload.path("history_known").asBoolean() && lastRun != null;
        CronDrift drift = !drifts.isEmpty()
                ? drifts.get(0)
                : known && freshness.freshness() == Freshness.LIVE ? CronDrift.OK : CronDrift.UNKNOWN;
        if (drifts.isEmpty() && !known) {
            evidence.add(
                    payload.path("history_known").asBoolean()
                            ? "no run recorded in the stats tables"
                            : "no run history: set command-center.huey.stats-db");
        }
        return new CronJobRow(
                observation.subject(),
                observation.source(),
                KnownSource.HUEY.sourceName(),
                task,
                task,
                payload.path("cron").asText() + " (" + payload.path("zone").asText("UTC") + ")",
                DesiredState.ENABLED,
                consumerDown ? ActualState.STRANDED : ActualState.SCHEDULED,
                lastRun,
                lastResult,
                nextRun,
                "error".equals(lastResult) ? Payloads.text(payload, "last_error") : null,
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
        return !consumer.exited()
                && (consumer.process().equals("alive") || consumer.process().equals("alive-unverified"));
    }
}
