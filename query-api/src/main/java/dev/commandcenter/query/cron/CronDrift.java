package dev.commandcenter.query.cron;

import dev.commandcenter.observation.WireName;

/** How a scheduled job's actual state departs from what its registry intends (DESIGN §4, Drift). */
public enum CronDrift implements WireName {
    /** The registry has the job enabled, but its runner (gateway and ticker) is not alive. */
    RUNNER_ABSENT,
    /** Paused for longer than the configured bound: someone may have forgotten it. */
    PAUSED_UNNOTICED,
    /** Now is past the run its schedule calls for, plus a grace. */
    OVERDUE,
    /** The runner is alive, but recent runs failed or none succeeded for several intervals. */
    FAILING,
    /** No drift, with a fresh successful read behind it. */
    OK,
    /** No fresh successful read: nothing can be said. */
    UNKNOWN;

    /** Whether an operator should look at the job. */
    public boolean matters() {
        return this != OK;
    }
}
