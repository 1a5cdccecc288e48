package dev.commandcenter.query.tasks;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.commandcenter.query.reviews.Wire;

/** The task board's lanes, left to right. */
public enum Lane {
    UNASSIGNED,
    ASSIGNED,
    IN_PROGRESS,
    BLOCKED,
    IN_REVIEW;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
