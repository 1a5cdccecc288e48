package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a pull request needs the operator's judgment rather than routine review. */
public enum JudgmentReason {
    SENSITIVE_SURFACE,
    LARGE_DIFF,
    POLICY_LABEL;

    @JsonValue
    public String wire() {
        return Wire.of(this);
    }
}
