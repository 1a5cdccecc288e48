package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** The reviewers' verdict, from each reviewer's latest non-dismissed review. */
public enum ReviewState {
    APPROVED,
    CHANGES_REQUESTED,
    REVIEW_REQUESTED,
    COMMENTED,
    NONE;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
