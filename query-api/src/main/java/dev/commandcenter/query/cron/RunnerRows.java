package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.WireName;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;

/** A {@code CronRunnerRead} payload to a {@link RunnerRow}, the ticker judged at the view's instant. */
final class RunnerRows {

    private RunnerRows() {}

    static RunnerRow of(
            Observation observation, JsonNode payload, SourceStatus status, Instant at, Thresholds thresholds) {
        Instant heartbeat = Payloads.instant(payload.path("ticker"), "heartbeat_at");
        Instant success = Payloads.instant(payload.path("ticker"), "last_success_at");
        JsonNode state = payload.path("gateway_state");
        RowFreshness freshness = RowFreshness.of(status, observation);
        return new RunnerRow(
                observation.subject(),
                payload.path("home").asText(),
                WireName.parseOr(RunnerLiveness.class, payload.path("liveness").asText(null), RunnerLiveness.UNKNOWN),
                payload.path("liveness_signal").asText(null),
                state.path("gateway_state").asText(null),
                state.path("active_agents").canConvertToInt()
                        ? state.get("active_agents").asInt()
                        : null,
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
