package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** What keeps a pull request from merging. */
public enum Blocker {
    DRAFT,
    NOT_MERGEABLE,
    FAILING_CHECKS,
    CHANGES_REQUESTED,
    BLOCKED_LABEL;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
