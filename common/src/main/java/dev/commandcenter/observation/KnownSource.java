package dev.commandcenter.observation;

import java.util.Locale;

/**
 * The sources the command center knows how to read (DESIGN §1, §7). Each appears in the
 * sources view whether or not it is configured, so an absent source is visibly {@code unknown}.
 */
public enum KnownSource {
    COLLECTOR("The collector process itself"),
    GITEA("Gitea issues, pull requests and reviews"),
    HERMES("Hermes cron jobs and gateway"),
    HUEY("Huey task queue"),
    HEARTBEATS("Agent heartbeat files"),
    PROCESSES("Agent processes"),
    ENDPOINTS("Service and model health endpoints");

    private final String label;

    KnownSource(String label) {
        this.label = label;
    }

    /** The name used in the log, the configuration and the API. */
    public String sourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code source}, a source's name as the log stores it, names this source. */
    public boolean is(String source) {
        return sourceName().equals(source);
    }

    public String label() {
        return label;
    }
}
