package dev.commandcenter.query.cron;

import dev.commandcenter.observation.WireName;

/** What the registry intends for a job. */
public enum DesiredState implements WireName {
    /** The job should run on its schedule. */
    ENABLED,
    /** Someone paused or disabled it. */
    PAUSED,
    /** A one-shot that has run, or a job whose repeat count is reached. */
    COMPLETED;
}
