package dev.commandcenter.query.agents;

import java.time.Duration;

/**
 * The bounds the agent health rules judge by that are set on the query side, not per agent.
 *
 * @param clockSkew        a heartbeat written further ahead of the collector's clock than this is not trusted
 * @param removedRetention how long an agent known only from its heartbeat file stays listed after the file is removed
 */
public record AgentBounds(Duration clockSkew, Duration removedRetention) {

    public static final AgentBounds DEFAULTS = new AgentBounds(Duration.ofMinutes(2), Duration.ofDays(7));
}
