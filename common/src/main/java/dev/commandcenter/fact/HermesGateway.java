package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.maybeWhole;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.objects;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a Hermes home says about its gateway, as the heartbeats source stored it under {@code hermes}
 * (format: {@code docs/sources/heartbeat.md}). Whether its pid is alive is the process check's fact.
 *
 * @param gatewayState     {@link GatewayState#NONE} when {@code gateway_state.json} says none
 * @param gatewayStateText the state as Hermes spelled it; null when none
 * @param activeAgents     agent turns in flight; null when Hermes does not say
 * @param exitReason       why it last stopped; null when not said
 * @param platforms        in the order written
 * @param rateLimits       the rate-limit markers Hermes left, each with its provider
 */
public record HermesGateway(
        GatewayState gatewayState,
        String gatewayStateText,
        Long activeAgents,
        String exitReason,
        List<Platform> platforms,
        List<RateLimit> rateLimits,
        Sessions sessions) {

    /** One platform the gateway connects to; {@code errorMessage} is null when none is written. */
    public record Platform(String name, PlatformState state, String errorMessage) {}

    /** A provider's rate-limit marker: {@code resetAt} null when unreadable. */
    public record RateLimit(String provider, Instant resetAt) {}

    /** From the sessions database: the model of the last session and the last activity, each null when unknown. */
    public record Sessions(String model, Instant lastActivityAt) {}

    static HermesGateway read(JsonNode hermes) {
        String state = text(hermes, "gateway_state");
        List<Platform> platforms = new ArrayList<>();
        for (Map.Entry<String, JsonNode> platform : object(hermes, "platforms").properties()) {
            if (platform.getValue().isObject()) {
                platforms.add(new Platform(
                        platform.getKey(),
                        PlatformState.parse(text(platform.getValue(), "state")),
                        text(platform.getValue(), "error_message")));
            }
        }
        JsonNode sessions = object(hermes, "sessions");
        return new HermesGateway(
                GatewayState.parse(state),
                state,
                maybeWhole(hermes, "active_agents"),
                text(hermes, "exit_reason"),
                List.copyOf(platforms),
                objects(hermes, "rate_limits").stream()
                        .map(limit -> new RateLimit(text(limit, "provider"), instant(limit, "reset_at")))
                        .toList(),
                new Sessions(text(sessions, "model"), instant(sessions, "last_activity_at")));
    }
}
