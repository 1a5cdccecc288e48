package dev.commandcenter.query.agents;

import dev.commandcenter.observation.WireName;

/** How an agent's claim stands in Gitea. */
public enum Assignment implements WireName {
    /** The issue is open and assigned to the agent's login. */
    ASSIGNED,
    /** The issue is open but assigned to nobody or to someone else. */
    NOT_ASSIGNED,
    /** The issue is closed. */
    CLOSED,
    /** No Gitea data for the issue: nothing is guessed. */
    UNKNOWN;
}
