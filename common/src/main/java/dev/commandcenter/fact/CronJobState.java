package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/**
 * A Hermes job's effective {@code state}, as the collector stored it (Hermes' own when the job has
 * one, else {@code scheduled} when enabled and {@code paused} when not).
 */
public enum CronJobState implements WireName {
    SCHEDULED,
    PAUSED,
    /** A one-shot that ran, or a job whose repeats are used up: it will not run again. */
    COMPLETED,
    /** The runner could not compute the job's next run. */
    ERROR,
    /** A state this version does not know, or none. */
    UNKNOWN;

    static CronJobState parse(String text) {
        return WireName.parseOr(CronJobState.class, text, UNKNOWN);
    }
}
