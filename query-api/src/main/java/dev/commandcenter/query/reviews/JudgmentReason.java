package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;

/** Why a pull request needs the operator's judgment rather than routine review. */
public enum JudgmentReason implements WireName {
    SENSITIVE_SURFACE,
    LARGE_DIFF,
    POLICY_LABEL;
}
