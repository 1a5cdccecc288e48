package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;

/** Where a pull request stands, in the order the rules decide it. */
public enum ReviewStatus implements WireName {
    BLOCKED,
    STALE,
    RISKY,
    READY_TO_MERGE,
    WAITING;
}
