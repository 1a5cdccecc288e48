package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** The kind of an agent's {@code last_error}, in the heartbeat file's words; absent or unknown is {@link #OTHER}. */
public enum AgentErrorKind implements WireName {
    RATE_LIMITED,
    AUTH,
    PROVIDER_DOWN,
    CRASH,
    OTHER;

    static AgentErrorKind parse(String text) {
        return WireName.parseOr(AgentErrorKind.class, text, OTHER);
    }
}
