package dev.commandcenter.query.agents;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A service or model endpoint's state, from its last probe. */
public enum ServiceState {
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

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ServiceState fromWire(String wire) {
        if (wire == null) {
            return UNKNOWN;
        }
        for (ServiceState state : values()) {
            if (state.wire().equals(wire)) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
