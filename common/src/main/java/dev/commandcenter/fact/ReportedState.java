package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** What an agent's heartbeat file says it is doing ({@code state}); {@link #NONE} when it says nothing. */
public enum ReportedState implements WireName {
    STARTING,
    IDLE,
    WORKING,
    RATE_LIMITED,
    ERROR,
    STOPPING,
    /** A state this version does not know. */
    OTHER,
    /** No {@code state} in the file. */
    NONE;

    static ReportedState parse(String text) {
        return text == null ? NONE : WireName.parseOr(ReportedState.class, text, OTHER);
    }
}
