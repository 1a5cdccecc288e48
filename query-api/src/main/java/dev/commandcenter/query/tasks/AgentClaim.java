package dev.commandcenter.query.tasks;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * An agent's claim on an issue, from its latest heartbeat. It counts (moves the card, names the agent)
 * only while live: its heartbeats source live and the heartbeat itself younger than the agent's
 * maximum heartbeat age.
 *
 * @param writtenAt when the agent wrote the heartbeat holding the claim; null if unknown
 * @param freshness live, or why the claim cannot be trusted: stale (old heartbeat) or the source's freshness
 * @param reason    why not live, in words; null when live
 */
public record AgentClaim(String agent, Instant writtenAt, Freshness freshness, String reason) {

    public boolean counts() {
        return freshness == Freshness.LIVE;
    }
}
