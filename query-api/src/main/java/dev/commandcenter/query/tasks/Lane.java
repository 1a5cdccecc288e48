package dev.commandcenter.query.tasks;

import dev.commandcenter.observation.WireName;

/** The task board's lanes, left to right. */
public enum Lane implements WireName {
    UNASSIGNED,
    ASSIGNED,
    IN_PROGRESS,
    BLOCKED,
    IN_REVIEW;
}
