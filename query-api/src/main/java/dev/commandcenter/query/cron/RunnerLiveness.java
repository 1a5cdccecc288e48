package dev.commandcenter.query.cron;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a Hermes home's cron runner (its gateway process) is alive, as the collector found it. */
public enum RunnerLiveness {
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

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }

    public boolean alive() {
        return this == RUNNING;
    }
}
