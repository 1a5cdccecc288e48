package dev.commandcenter.collector.agents;

import dev.commandcenter.observation.SubjectKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One agent the collector watches: declared in configuration, or found as a file in the heartbeat
 * directory (then with default settings).
 *
 * @param heartbeatFile where its heartbeat is read; null when it has none
 * @param process       the {@code process} setting; null to use the heartbeat's (or Hermes gateway's) pid
 * @param hermesHome    a Hermes home describing this agent; null if none
 */
public record AgentTarget(
        String name,
        boolean declared,
        Path heartbeatFile,
        String process,
        Path hermesHome,
        Duration stuckAfter,
        Duration heartbeatMaxAge,
        String giteaLogin,
        String endpoint) {

    public String subject() {
        return SubjectKey.AGENT.of(name);
    }

    static AgentTarget declared(String name, AgentsConfig.Agent agent, Optional<Path> dir) {
        Path heartbeat = agent.heartbeat()
                .or(() -> dir.map(d -> d.resolve(name + ".json")))
                .orElse(null);
        return new AgentTarget(
                name,
                true,
                heartbeat,
                agent.process().orElse(null),
                agent.hermesHome().orElse(null),
                agent.stuckAfter(),
                agent.heartbeatMaxAge(),
                agent.giteaLogin().orElse(name),
                agent.endpoint().orElse(null));
    }

    static AgentTarget discovered(String name, Path heartbeat) {
        return new AgentTarget(
                name, false, heartbeat, null, null, Duration.ofHours(2), Duration.ofMinutes(10), name, null);
    }
}
