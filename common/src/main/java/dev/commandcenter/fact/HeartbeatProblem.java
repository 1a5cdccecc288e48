package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** Why the collector has no usable heartbeat file for an agent ({@code error.kind}); unknown is {@link #OTHER}. */
public enum HeartbeatProblem implements WireName {
    /** No file: the agent never wrote one, or it was removed. */
    MISSING,
    /** Not JSON, not an object, or a bad {@code claim} or {@code written_at}. */
    MALFORMED,
    TOO_LARGE,
    /** A link leading out of the heartbeat's directory: never read. */
    OUTSIDE,
    NOT_REGULAR,
    UNREADABLE,
    /** Neither a heartbeat directory nor a file for this agent is set. */
    NOT_CONFIGURED,
    OTHER;

    /** The agent has not written a heartbeat yet, as opposed to having written one that cannot be read. */
    public boolean neverWritten() {
        return switch (this) {
            case MISSING, NOT_CONFIGURED -> true;
            case MALFORMED, TOO_LARGE, OUTSIDE, NOT_REGULAR, UNREADABLE, OTHER -> false;
        };
    }

    static HeartbeatProblem parse(String text) {
        return WireName.parseOr(HeartbeatProblem.class, text, OTHER);
    }
}
