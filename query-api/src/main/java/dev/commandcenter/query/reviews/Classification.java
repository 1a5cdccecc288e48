package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a pull request needs the operator's judgment. */
public enum Classification {
    NEEDS_JUDGMENT,
    ROUTINE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
