package dev.commandcenter.query.agents;

import dev.commandcenter.fact.Facts;
import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.fact.ProcessCheckFact;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;

/**
 * Everything known about one agent at an instant, gathered from the log.
 *
 * @param heartbeat  its latest {@code agent:<name>} observation; null if none
 * @param process    its latest {@code process:<name>} observation; null if none
 * @param claim      its claim joined with Gitea; null when it holds none
 * @param dependency the endpoint it depends on; null if none is set or probed
 * @param heartbeatRemovedAt when the heartbeat file of an agent known only from it vanished; null otherwise
 */
record AgentInputs(
        String name,
        Observation heartbeat,
        SourceStatus heartbeats,
        Observation process,
        SourceStatus processes,
        Claim claim,
        ServiceRow dependency,
        Instant heartbeatRemovedAt) {

    /** What its latest heartbeat says; null if none. */
    HeartbeatFact beat() {
        return heartbeat == null ? null : heartbeatOf(heartbeat);
    }

    /** What its latest process check says; null if none. */
    ProcessCheckFact check() {
        return process == null ? null : Facts.of(process, ProcessCheckFact.class, ProcessCheckFact.READER);
    }

    /** Its settings as its latest heartbeat stored them; the defaults without one. */
    HeartbeatFact.AgentSettings settings() {
        HeartbeatFact beat = beat();
        return beat == null ? HeartbeatFact.AgentSettings.DEFAULTS : beat.settings();
    }

    static HeartbeatFact heartbeatOf(Observation heartbeat) {
        return Facts.of(heartbeat, HeartbeatFact.class, HeartbeatFact.READER);
    }
}
