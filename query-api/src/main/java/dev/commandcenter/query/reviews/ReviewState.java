package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;

/** The reviewers' verdict, from each reviewer's latest non-dismissed review. */
public enum ReviewState implements WireName {
    APPROVED,
    CHANGES_REQUESTED,
    REVIEW_REQUESTED,
    COMMENTED,
    NONE;
}
