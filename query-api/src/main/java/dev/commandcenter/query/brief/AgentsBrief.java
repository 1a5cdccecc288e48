package dev.commandcenter.query.brief;

import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.agents.AgentHealthView;
import dev.commandcenter.query.agents.AgentRow;
import dev.commandcenter.query.agents.AgentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The agents area: down is red; stuck, wrong work, rate-limited, degraded are amber; unknown stays unknown. */
@ApplicationScoped
public class AgentsBrief implements BriefContributor {

    private final AgentHealthProjection agents;

    @Inject
    public AgentsBrief(AgentHealthProjection agents) {
        this.agents = agents;
    }

    @Override
    public BriefArea area() {
        return BriefArea.AGENTS;
    }

    @Override
    public BriefPart part(Instant at) {
        return agentsPart(agents.at(at));
    }

    /** The agents area and the services area, from one computation of the agent health view. */
    @Override
    public List<BriefPart> parts(Instant at) {
        AgentHealthView view = agents.at(at);
        return List.of(agentsPart(view), ServicesBrief.of(view));
    }

    private static BriefPart agentsPart(AgentHealthView view) {
        PartBuilder part = new PartBuilder(BriefArea.AGENTS, "/agents");
        part.sources(view.sources().stream()
                .filter(s -> KnownSource.HEARTBEATS.is(s.source()) || KnownSource.PROCESSES.is(s.source()))
                .toList());
        Map<AgentState, Integer> counts = new EnumMap<>(AgentState.class);
        for (AgentRow row : view.agents()) {
            counts.merge(row.state(), 1, Integer::sum);
            // How long the state has held, from history; where history cannot say, when its data last changed.
            Instant changed = row.stateSince() != null ? row.stateSince() : row.observedAt();
            part.row(changed, row.freshness());
            Health health = health(row.state());
            if (row.flapping()) {
                part.add(
                        Health.AMBER,
                        row.name() + " is flapping",
                        "changes state more often than the" + " flapping bound; see its history",
                        "/agents#agent-" + Anchors.of(row.name()),
                        String.join("+", row.sources()),
                        row.freshness(),
                        changed);
            }
            if (health != Health.GREEN) {
                part.add(
                        health,
                        row.name() + " is " + row.state().wire(),
                        row.reason(),
                        "/agents#agent-" + Anchors.of(row.name()),
                        String.join("+", row.sources()),
                        row.freshness(),
                        changed);
            }
        }
        String summary = view.agents().isEmpty()
                ? "no agent known"
                : view.agents().size() + " agents: "
                        + counts.entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey().wire())
                                .collect(Collectors.joining(", "));
        boolean configured = PartBuilder.anyConfigured(view.sources().stream()
                .filter(s -> !KnownSource.ENDPOINTS.is(s.source()) && !KnownSource.GITEA.is(s.source()))
                .toList());
        if (configured && view.agents().isEmpty()) {
            part.add(
                    Health.UNKNOWN,
                    "no agent known",
                    "agent sources are configured but list no agent",
                    "/agents",
                    KnownSource.HEARTBEATS.sourceName(),
                    null,
                    null);
        }
        return part.build(configured, summary);
    }

    static Health health(AgentState state) {
        return switch (state) {
            case DOWN -> Health.RED;
            case STUCK, WRONG_WORK, RATE_LIMITED, DEGRADED -> Health.AMBER;
            case UNKNOWN -> Health.UNKNOWN;
            case UP, IDLE, BUSY -> Health.GREEN;
        };
    }
}
