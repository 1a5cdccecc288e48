package dev.commandcenter.query.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
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

    JsonNode heartbeatPayload() {
        return heartbeat == null ? MissingNode.getInstance() : Payloads.parse(heartbeat.payload());
    }

    JsonNode processPayload() {
        return process == null ? MissingNode.getInstance() : Payloads.parse(process.payload());
    }
}
