package dev.commandcenter.query.agents;

import dev.commandcenter.observation.WireName;

/** An agent's state in the agent health view, computed from its heartbeat, process and claim. */
public enum AgentState implements WireName {
    /** Process present, heartbeat fresh, but it reports no activity either way. */
    UP,
    /** Its process is missing (or its pid now belongs to another process), or its gateway stopped. */
    DOWN,
    /** Present but unhealthy: heartbeat old or unreadable, errors, a dependency down. */
    DEGRADED,
    /** Healthy and waiting for work. */
    IDLE,
    /** Healthy and working. */
    BUSY,
    /** Its provider answered 429 more recently than it last succeeded. */
    RATE_LIMITED,
    /** Working on the same claim for longer than its stuck-after bound. */
    STUCK,
    /** Working on an issue that is closed, or not assigned to it in Gitea. */
    WRONG_WORK,
    /** No trustworthy data: never seen, or its sources are stale or failing. */
    UNKNOWN;

    /** States an operator does not need to act on. */
    public boolean healthy() {
        return switch (this) {
            case UP, IDLE, BUSY -> true;
            case DOWN, DEGRADED, RATE_LIMITED, STUCK, WRONG_WORK, UNKNOWN -> false;
        };
    }
}
