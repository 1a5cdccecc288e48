package dev.commandcenter.query.agents;

import dev.commandcenter.observation.Observation;
import java.time.Duration;
import java.time.Instant;

/**
 * Agents known only from a heartbeat file that was then removed. Such an agent vanishes from the
 * source, yet an agent that stops existing is exactly what an operator must see: it stays listed
 * until the retention bound passes. A declared agent never vanishes unless the operator removes it
 * from configuration, and then it goes. Pure.
 */
final class RemovedHeartbeats {

    private RemovedHeartbeats() {}

    /**
     * @param gone     the heartbeat subject's gone row, observed when it vanished
     * @param lastSeen its newest observation before that; null if none
     */
    static boolean listed(Observation gone, Observation lastSeen, Instant at, Duration retention) {
        if (lastSeen == null || gone.observedAt().plus(retention).isBefore(at)) {
            return false;
        }
        return !AgentInputs.heartbeatOf(lastSeen).settings().declared();
    }
}
