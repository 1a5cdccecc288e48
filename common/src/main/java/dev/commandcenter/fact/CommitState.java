package dev.commandcenter.fact;

import java.util.Locale;

/** A commit status state in Gitea's words ({@code success}, {@code failure}, ...); any other is {@link #UNKNOWN}. */
public enum CommitState {
    PENDING,
    SUCCESS,
    ERROR,
    FAILURE,
    WARNING,
    UNKNOWN;

    static CommitState parse(String text) {
        for (CommitState state : values()) {
            if (state != UNKNOWN && state.name().toLowerCase(Locale.ROOT).equals(text)) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
