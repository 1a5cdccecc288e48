package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** Whether a Hermes home's cron runner (its gateway process) is alive, as the collector found it. */
public enum RunnerLiveness implements WireName {
    /** The recorded pid is alive (with the recorded start time where one was recorded). */
    RUNNING,
    /** The gateway declared a stop ({@code stopped} or {@code startup_failed}). */
    STOPPED,
    /** A pid is recorded but no such process lives: a crash or a kill. */
    DEAD,
    /** The recorded pid now belongs to another process. */
    PID_REUSED,
    /** Nothing records a gateway at all. */
    ABSENT,
    /** Not known (never read, or an unknown value). */
    UNKNOWN;

    public boolean alive() {
        return this == RUNNING;
    }

    static RunnerLiveness parse(String text) {
        return WireName.parseOr(RunnerLiveness.class, text, UNKNOWN);
    }
}
