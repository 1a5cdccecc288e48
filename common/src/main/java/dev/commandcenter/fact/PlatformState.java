package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** A Hermes gateway platform's connection {@code state}; absent or unknown is {@link #OTHER}. */
public enum PlatformState implements WireName {
    CONNECTING,
    CONNECTED,
    DISCONNECTED,
    RETRYING,
    FATAL,
    PAUSED,
    DISABLED,
    OTHER;

    /** The platform cannot carry the agent's work now. */
    public boolean down() {
        return switch (this) {
            case DISCONNECTED, RETRYING, FATAL -> true;
            case CONNECTING, CONNECTED, PAUSED, DISABLED, OTHER -> false;
        };
    }

    static PlatformState parse(String text) {
        return WireName.parseOr(PlatformState.class, text, OTHER);
    }
}
