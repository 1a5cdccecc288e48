package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.maybeWhole;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The cron runner of one Hermes home as the collector stored it ({@code CronRunnerRead}): whether its
 * gateway process is alive, on which signal, what {@code gateway_state.json} claims, and its ticker.
 *
 * @param livenessSignal which signal the liveness rests on, in words; null when not said
 * @param gatewayState   the state {@code gateway_state.json} claims, as written; null when absent
 * @param activeAgents   in-flight turns the gateway last recorded; null when not recorded
 */
public record CronRunnerFact(
        String home,
        RunnerLiveness liveness,
        String livenessSignal,
        String gatewayState,
        Integer activeAgents,
        Ticker ticker)
        implements Fact {

    public static final FactReader<CronRunnerFact> READER = CronRunnerFact::read;

    /** The in-process cron ticker's files: its last heartbeat and last successful tick, each null when absent. */
    public record Ticker(Instant heartbeatAt, Instant lastSuccessAt) {}

    private static CronRunnerFact read(JsonNode payload) {
        JsonNode state = object(payload, "gateway_state");
        JsonNode ticker = object(payload, "ticker");
        Long activeAgents = maybeWhole(state, "active_agents");
        return new CronRunnerFact(
                text(payload, "home", ""),
                RunnerLiveness.parse(text(payload, "liveness")),
                text(payload, "liveness_signal"),
                text(state, "gateway_state"),
                activeAgents == null ? null : activeAgents.intValue(),
                new Ticker(instant(ticker, "heartbeat_at"), instant(ticker, "last_success_at")));
    }
}
