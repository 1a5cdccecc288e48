package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.agents.AgentHealthProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An agent's state ({@code AgentState}) over time, as the agent health view judged it; subject is the agent's name. */
@ApplicationScoped
public class AgentTimeline extends ViewTimeline {

    private final AgentHealthProjection agents;

    @Inject
    public AgentTimeline(ChangeInstants changes, AgentHealthProjection agents) {
        super(changes);
        this.agents = agents;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.AGENT;
    }

    @Override
    List<String> sources() {
        return AgentHealthProjection.INPUTS;
    }

    @Override
    boolean input(Observation o, Optional<String> subject) {
        if (!AgentHealthProjection.input(o)) {
            return false;
        }
        return subject.map(name -> switch (o.source()) {
            case "heartbeats" -> o.subject().equals("agent:" + name);
            case "processes" -> o.subject().equals("process:" + name);
            default -> true;
        }).orElse(true);
    }

    @Override
    Map<String, String> statesAt(Instant at) {
        return AgentHealthProjection.states(agents.unmarked(at));
    }
}
