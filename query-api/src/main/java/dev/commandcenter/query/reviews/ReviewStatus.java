package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a pull request stands, in the order the rules decide it. */
public enum ReviewStatus {
    BLOCKED,
    STALE,
    RISKY,
    READY_TO_MERGE,
    WAITING;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
