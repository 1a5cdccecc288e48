package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;

/** What keeps a pull request from merging. */
public enum Blocker implements WireName {
    DRAFT,
    NOT_MERGEABLE,
    FAILING_CHECKS,
    CHANGES_REQUESTED,
    BLOCKED_LABEL;
}
