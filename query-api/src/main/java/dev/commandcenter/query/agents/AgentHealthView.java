package dev.commandcenter.query.agents;

import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.List;

/**
 * The agent health view at one instant: the REST body of {@code /api/views/agent-health} and the
 * model of the agents page.
 *
 * @param sources the status of every source the view draws on (heartbeats, processes, endpoints, gitea)
 */
public record AgentHealthView(
        Instant at, List<AgentRow> agents, List<ServiceRow> services, List<SourceStatus> sources) {}
