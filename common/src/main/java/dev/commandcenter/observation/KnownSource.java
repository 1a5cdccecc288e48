package dev.commandcenter.observation;

import java.util.Locale;

/**
 * The sources the command center knows how to read (DESIGN §1, §7). Each appears in the
 * sources view whether or not it is configured, so an absent source is visibly {@code unknown}.
 */
public enum KnownSource {
    COLLECTOR("The collector process itself", Vanishing.REMOVAL),
    GITEA("Gitea issues, pull requests and reviews", Vanishing.WORK_ENDED),
    HERMES("Hermes cron jobs and gateway", Vanishing.REMOVAL),
    HUEY("Huey task queue", Vanishing.WORK_ENDED),
    HEARTBEATS("Agent heartbeat files", Vanishing.REMOVAL),
    PROCESSES("Agent processes", Vanishing.REMOVAL),
    ENDPOINTS("Service and model health endpoints", Vanishing.REMOVAL);

    /** What it means when a subject of a source is no longer read. */
    public enum Vanishing {
        /** Something of the fleet was removed (an agent, a job, an endpoint): listed as removed for a while. */
        REMOVAL,
        /**
         * A piece of work ended: an issue or pull request closed (it leaves the open lists), a task taken from
         * the queue. The normal end of every item, hundreds a day on a busy forge; no view lists them.
         */
        WORK_ENDED
    }

    private final String label;
    private final Vanishing vanishing;

    KnownSource(String label, Vanishing vanishing) {
        this.label = label;
        this.vanishing = vanishing;
    }

    /** What a vanished subject of {@code source} means; a source the command center does not know: a removal. */
    public static Vanishing vanishingOf(String source) {
        for (KnownSource known : values()) {
            if (known.is(source)) {
                return known.vanishing;
            }
        }
        return Vanishing.REMOVAL;
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
