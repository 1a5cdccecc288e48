package dev.commandcenter.query.cron;

import dev.commandcenter.observation.WireName;

/** What is actually happening to a job, as far as the registry and its runner show. */
public enum ActualState implements WireName {
    /** Waiting for its next run, and the runner is alive. */
    SCHEDULED,
    /** Paused: it will not run. */
    PAUSED,
    /** The runner could not compute its next run ({@code state: error}). */
    ERROR,
    /** Claimed for a run that never finished: the runner died mid-run. */
    INTERRUPTED,
    /** Enabled, but no runner is alive to run it. */
    STRANDED,
    /** Done; it will not run again. */
    COMPLETED,
    /** The registry says something this version does not know. */
    UNKNOWN;
}
