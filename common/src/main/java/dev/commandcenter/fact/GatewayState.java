package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** A Hermes gateway's {@code gateway_state}, as Hermes writes it ({@code startup_failed} included). */
public enum GatewayState implements WireName {
    STARTING,
    RUNNING,
    /** Transient at start-up, while no platform is connected. */
    DEGRADED,
    DRAINING,
    STOPPED,
    STARTUP_FAILED,
    /** A state this version does not know. */
    OTHER,
    /** No {@code gateway_state.json}, or no state in it. */
    NONE;

    /** Hermes' own rule: a gateway that says so has stopped, whatever its pid file still claims. */
    public boolean stopped() {
        return switch (this) {
            case STOPPED, STARTUP_FAILED -> true;
            case STARTING, RUNNING, DEGRADED, DRAINING, OTHER, NONE -> false;
        };
    }

    static GatewayState parse(String text) {
        return text == null ? NONE : WireName.parseOr(GatewayState.class, text, OTHER);
    }
}
