package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** A review's state in Gitea's words ({@code APPROVED}, {@code REQUEST_CHANGES}, ...), any case; any other is {@link #OTHER}. */
public enum GiteaReviewState implements WireName {
    APPROVED,
    REQUEST_CHANGES,
    REQUEST_REVIEW,
    COMMENT,
    PENDING,
    OTHER;

    static GiteaReviewState parse(String text) {
        return WireName.parseOr(GiteaReviewState.class, text, OTHER);
    }
}
