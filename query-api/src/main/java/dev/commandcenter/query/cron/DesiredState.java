package dev.commandcenter.query.cron;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the registry intends for a job. */
public enum DesiredState {
    /** The job should run on its schedule. */
    ENABLED,
    /** Someone paused or disabled it. */
    PAUSED,
    /** A one-shot that has run, or a job whose repeat count is reached. */
    COMPLETED;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
