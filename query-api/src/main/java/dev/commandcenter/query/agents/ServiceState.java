package dev.commandcenter.query.agents;

import dev.commandcenter.fact.ProbeOutcome;
import dev.commandcenter.observation.WireName;

/** A service or model endpoint's state, from its last probe. */
public enum ServiceState implements WireName {
    /** Answered in time with a success status. */
    UP,
    /** Answered, but slowly, with an HTML page or a 4xx status. */
    DEGRADED,
    /** Answered 429. */
    RATE_LIMITED,
    /** Answered 5xx, or not at all (timeout, refused). */
    DOWN,
    /** Never probed, or the probes are stale or failing. */
    UNKNOWN;

    /** The state its last probe was judged. */
    static ServiceState of(ProbeOutcome outcome) {
        return switch (outcome) {
            case UP -> UP;
            case DEGRADED -> DEGRADED;
            case RATE_LIMITED -> RATE_LIMITED;
            case DOWN -> DOWN;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
