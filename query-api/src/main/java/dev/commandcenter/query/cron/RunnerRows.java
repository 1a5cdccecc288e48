package dev.commandcenter.query.cron;

import dev.commandcenter.fact.CronRunnerFact;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;

/** A {@code CronRunnerRead} payload to a {@link RunnerRow}, the ticker judged at the view's instant. */
final class RunnerRows {

    private RunnerRows() {}

    static RunnerRow of(
            Observation observation, CronRunnerFact runner, SourceStatus status, Instant at, Thresholds thresholds) {
        Instant heartbeat = runner.ticker().heartbeatAt();
        Instant success = runner.ticker().lastSuccessAt();
        RowFreshness freshness = RowFreshness.of(status, observation);
        return new RunnerRow(
                observation.subject(),
                runner.home(),
                runner.liveness(),
                runner.livenessSignal(),
                runner.gatewayState(),
                runner.activeAgents(),
                ticker(heartbeat, success, at, thresholds.tickerStaleAfter()),
                heartbeat,
                success,
                observation.observedAt(),
                freshness.freshness(),
                freshness.reason());
    }

    /** As {@code hermes cron status}: a missing heartbeat is unknown, never "dead". */
    static TickerState ticker(Instant heartbeat, Instant success, Instant at, Duration staleAfter) {
        if (heartbeat == null) {
            return TickerState.UNKNOWN;
        }
        if (Duration.between(heartbeat, at).compareTo(staleAfter) > 0) {
            return TickerState.STALLED;
        }
        if (success == null || Duration.between(success, at).compareTo(staleAfter) > 0) {
            return TickerState.FAILING;
        }
        return TickerState.HEALTHY;
    }
}
