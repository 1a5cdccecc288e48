package dev.commandcenter.fact;

/** A review's state in Gitea's words ({@code APPROVED}, {@code REQUEST_CHANGES}, ...); any other is {@link #OTHER}. */
public enum GiteaReviewState {
    APPROVED,
    REQUEST_CHANGES,
    REQUEST_REVIEW,
    COMMENT,
    PENDING,
    OTHER;

    static GiteaReviewState parse(String text) {
        for (GiteaReviewState state : values()) {
            if (state != OTHER && state.name().equals(text)) {
                return state;
            }
        }
        return OTHER;
    }
}
