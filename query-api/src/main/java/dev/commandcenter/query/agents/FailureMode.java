package dev.commandcenter.query.agents;

import dev.commandcenter.observation.WireName;

/** Why an agent is down or degraded, in the terms an operator acts on. */
public enum FailureMode implements WireName {
    PROCESS_MISSING,
    PID_RECYCLED,
    GATEWAY_STOPPED,
    NOT_PROGRESSING,
    CLOCK_SKEW,
    HEARTBEAT_UNREADABLE,
    RATE_LIMITED,
    AUTH,
    PROVIDER_DOWN,
    CRASH,
    ERROR,
    DEPENDENCY_DOWN,
    PLATFORM_DOWN;

    /** The failure kind an agent wrote in its heartbeat's {@code last_error.kind}. */
    static FailureMode reported(String kind) {
        if (kind == null) {
            return ERROR;
        }
        return switch (kind) {
            case "rate-limited" -> RATE_LIMITED;
            case "auth" -> AUTH;
            case "provider-down" -> PROVIDER_DOWN;
            case "crash" -> CRASH;
            default -> ERROR;
        };
    }
}
