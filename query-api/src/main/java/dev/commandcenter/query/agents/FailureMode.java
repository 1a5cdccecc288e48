package dev.commandcenter.query.agents;

import dev.commandcenter.fact.AgentErrorKind;
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
    static FailureMode reported(AgentErrorKind kind) {
        return switch (kind) {
            case RATE_LIMITED -> RATE_LIMITED;
            case AUTH -> AUTH;
            case PROVIDER_DOWN -> PROVIDER_DOWN;
            case CRASH -> CRASH;
            case OTHER -> ERROR;
        };
    }
}
