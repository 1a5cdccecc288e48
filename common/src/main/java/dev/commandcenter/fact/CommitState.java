package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** A commit status state in Gitea's words ({@code success}, {@code failure}, ...); any other is {@link #UNKNOWN}. */
public enum CommitState implements WireName {
    PENDING,
    SUCCESS,
    ERROR,
    FAILURE,
    WARNING,
    UNKNOWN;

    static CommitState parse(String text) {
        return WireName.parseOr(CommitState.class, text, UNKNOWN);
    }
}
