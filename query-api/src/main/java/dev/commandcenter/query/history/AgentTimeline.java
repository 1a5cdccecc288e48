package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.agents.AgentHealthView;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An agent's state ({@code AgentState}) over time, as the agent health view judged it; subject is the agent's name. */
@Singleton
public class AgentTimeline extends ViewTimeline {

    private static final String HEARTBEATS = KnownSource.HEARTBEATS.sourceName();

    private final AgentHealthProjection agents;
    private final LogReader log;
    private volatile AgentHealthView last;

    @Inject
    public AgentTimeline(ChangeInstants changes, AgentHealthProjection agents, LogReader log) {
        super(changes);
        this.agents = agents;
        this.log = log;
    }

    /** The instants heartbeats still in force turn too old: a silent agent degrades then. */
    @Override
    List<Change> deadlines(Optional<String> subject, Instant from, Instant to) {
        List<Observation> beats = new ArrayList<>(log.latestAt(HEARTBEATS, from));
        log.stream(HEARTBEATS, from, to, beats::add);
        // A heartbeat holds until one appended after it is observed: the log's order, which a late poll's heartbeat
        // (observed before those it follows) does not share with the instants, nor with the one in force at `from`.
        beats.sort(Comparator.comparingLong(Observation::seq));
        Map<String, Instant> replacedAt = new HashMap<>();
        List<Change> deadlines = new ArrayList<>();
        for (int i = beats.size() - 1; i >= 0; i--) {
            Observation beat = beats.get(i);
            // The first instant a heartbeat appended after this one was observed: this one holds until then.
            Instant until = replacedAt.get(beat.subject());
            replacedAt.put(
                    beat.subject(), until == null || beat.observedAt().isBefore(until) ? beat.observedAt() : until);
            if (subject.map(name -> beat.subject().equals(SubjectKey.AGENT.of(name)))
                    .orElse(true)) {
                AgentHealthProjection.heartbeatExpires(beat)
                        .filter(d -> d.isAfter(from) && !d.isAfter(to))
                        .filter(d -> until == null || until.isAfter(d))
                        .ifPresent(d -> deadlines.add(
                                new Change(d, new Evidence(List.of(beat.seq()), List.of(beat.readId())))));
            }
        }
        return deadlines;
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
        return subject.map(name -> about(o, name)).orElse(true);
    }

    /** Whether an input bears on the agent {@code name}: its own heartbeat and process, and every endpoint and issue. */
    private static boolean about(Observation o, String name) {
        if (KnownSource.HEARTBEATS.is(o.source())) {
            return o.subject().equals(SubjectKey.AGENT.of(name));
        }
        if (KnownSource.PROCESSES.is(o.source())) {
            return o.subject().equals(SubjectKey.PROCESS.of(name));
        }
        return true;
    }

    @Override
    Map<String, String> statesAt(Instant at) {
        return AgentHealthProjection.states(viewAt(at));
    }

    /** An agent holding one claim turns stuck the instant its stuck-after bound runs out. */
    @Override
    Optional<Instant> nextDeadline(Instant at) {
        return agents.nextDeadline(viewAt(at));
    }

    /** The view at an instant; the last one is kept, since its states and its deadline are asked in turn. */
    private AgentHealthView viewAt(Instant at) {
        AgentHealthView known = last;
        if (known != null && known.at().equals(at)) {
            return known;
        }
        AgentHealthView view = agents.unmarked(at);
        last = view;
        return view;
    }
}
