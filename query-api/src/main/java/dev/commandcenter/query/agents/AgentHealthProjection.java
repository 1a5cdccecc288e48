package dev.commandcenter.query.agents;

import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.fact.HeartbeatFile;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.ViewSnapshots;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.history.Held;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.sources.HostFreshness;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds heartbeats, process checks, endpoint probes and Gitea issues into the agent health view
 * at an instant, from the log alone.
 */
@ApplicationScoped
public class AgentHealthProjection {

    static final String HEARTBEATS = KnownSource.HEARTBEATS.sourceName();
    static final String PROCESSES = KnownSource.PROCESSES.sourceName();
    static final String ENDPOINTS = KnownSource.ENDPOINTS.sourceName();
    static final String GITEA = KnownSource.GITEA.sourceName();

    /** The sources the view draws on, in the order its {@code sources} list shows them. */
    public static final List<String> INPUTS = List.of(HEARTBEATS, PROCESSES, ENDPOINTS, GITEA);

    private final LogReader log;
    private final SourcesProjection sources;
    private final FlappingSubjects flapping;
    private final AgentBounds bounds;
    private final ViewSnapshots snapshots;

    /** Without history: nothing is marked flapping. */
    public AgentHealthProjection(LogReader log, SourcesProjection sources) {
        this(log, sources, FlappingSubjects.NONE, AgentBounds.DEFAULTS);
    }

    /** With the default bounds. */
    public AgentHealthProjection(LogReader log, SourcesProjection sources, FlappingSubjects flapping) {
        this(log, sources, flapping, AgentBounds.DEFAULTS);
    }

    @Inject
    public AgentHealthProjection(
            LogReader log,
            SourcesProjection sources,
            FlappingSubjects flapping,
            AgentHealthConfig config,
            ViewSnapshots snapshots) {
        this(log, sources, flapping, config.bounds(), snapshots);
    }

    public AgentHealthProjection(
            LogReader log, SourcesProjection sources, FlappingSubjects flapping, AgentBounds bounds) {
        this(log, sources, flapping, bounds, ViewSnapshots.NONE);
    }

    public AgentHealthProjection(
            LogReader log,
            SourcesProjection sources,
            FlappingSubjects flapping,
            AgentBounds bounds,
            ViewSnapshots snapshots) {
        this.log = log;
        this.sources = sources;
        this.flapping = flapping;
        this.bounds = bounds;
        this.snapshots = snapshots;
    }

    /** The view at an instant, each agent marked flapping when its state changed too often before it. */
    public AgentHealthView at(Instant at) {
        return snapshots.at("agent-health", at, this::marked);
    }

    private AgentHealthView marked(Instant at) {
        AgentHealthView view = unmarked(at);
        Set<String> flaps =
                flapping.at(SubjectKind.AGENT, INPUTS, AgentHealthProjection::input, at, t -> states(unmarked(t)));
        Map<String, Held> held = flapping.held(SubjectKind.AGENT, at).orElse(Map.of());
        if (flaps.isEmpty() && held.isEmpty()) {
            return view;
        }
        return new AgentHealthView(
                view.at(),
                view.agents().stream()
                        .map(a -> a.marked(flaps.contains(a.name()), since(held.get(a.name()), a)))
                        .toList(),
                view.services(),
                view.sources());
    }

    /** Since when history holds the row's state; null when it holds another (it cannot say) or none. */
    private static Instant since(Held held, AgentRow row) {
        return held != null && held.state().equals(row.state().wire()) ? held.since() : null;
    }

    /** Whether an observation can change some agent's state: all but Gitea's pull requests and repositories. */
    public static boolean input(Observation o) {
        return !o.source().equals(GITEA) || SubjectKey.GITEA_ISSUE.matches(o.subject());
    }

    /**
     * When a heartbeat turns too old to trust (its write plus the agent's maximum age): the instant
     * time alone changes the agent's state; empty when the heartbeat carries no write time.
     */
    public static Optional<Instant> heartbeatExpires(Observation heartbeat) {
        if (heartbeat.gone()) {
            return Optional.empty();
        }
        HeartbeatFact beat = AgentInputs.heartbeatOf(heartbeat);
        return Optional.ofNullable(beat.heartbeat())
                .map(HeartbeatFile::writtenAt)
                .map(written -> written.plus(beat.settings().heartbeatMaxAge()).plusNanos(1));
    }

    /**
     * When time alone next changes an agent's state in this view: a claim held up to its stuck-after
     * bound turns the agent stuck then; empty when no agent is on its way there.
     */
    public Optional<Instant> nextDeadline(AgentHealthView view) {
        Map<String, Observation> beats = byName(log.latestAt(HEARTBEATS, view.at()), SubjectKey.AGENT);
        Instant next = null;
        for (AgentRow row : view.agents()) {
            Observation beat = beats.get(row.name());
            if (row.claim() == null || row.claim().since() == null || row.state() == AgentState.STUCK || beat == null) {
                continue;
            }
            Instant due = row.claim()
                    .since()
                    .plus(AgentInputs.heartbeatOf(beat).settings().stuckAfter());
            if (due.isAfter(view.at()) && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return Optional.ofNullable(next);
    }

    /** Each agent's state by name, as wire names. */
    public static Map<String, String> states(AgentHealthView view) {
        Map<String, String> states = new TreeMap<>();
        view.agents().forEach(a -> states.put(a.name(), a.state().wire()));
        return states;
    }

    /** The view at an instant as its rows judge it, without the flapping marks (which are judged from these). */
    public AgentHealthView unmarked(Instant at) {
        List<Observation> beatsRead = log.latestAt(HEARTBEATS, at);
        List<Observation> procsRead = log.latestAt(PROCESSES, at);
        List<Observation> probes = log.latestAt(ENDPOINTS, at);
        // Each row is as fresh as the collector host that observed it, not as the newest read of any host.
        HostFreshness heartbeats = sources.freshness(HEARTBEATS, beatsRead, at);
        HostFreshness processes = sources.freshness(PROCESSES, procsRead, at);
        HostFreshness endpoints = sources.freshness(ENDPOINTS, probes, at);
        SourceStatus gitea = sources.status(GITEA, at);
        Map<String, Observation> beats = byName(beatsRead, SubjectKey.AGENT);
        Map<String, Observation> procs = byName(procsRead, SubjectKey.PROCESS);
        Map<String, Observation> issues = byName(log.latestAt(GITEA, at), SubjectKey.GITEA_ISSUE);
        Map<String, ServiceRow> services = new TreeMap<>();
        for (Observation probe : probes) {
            ServiceRow row = ServiceRows.of(probe, endpoints.of(probe));
            services.put(row.name(), row);
        }
        Map<String, Instant> removed = removedHeartbeats(at, beats);
        List<AgentRow> agents = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(beats.keySet());
        names.addAll(procs.keySet());
        names.addAll(removed.keySet());
        for (String name : names) {
            Observation beat = beats.get(name);
            HeartbeatFact fact = beat == null ? null : AgentInputs.heartbeatOf(beat);
            Claim claim = fact == null ? null : claim(name, beat, fact, issues, gitea, at);
            String dependency = fact == null ? null : fact.settings().endpoint();
            Observation proc = procs.get(name);
            AgentInputs inputs = new AgentInputs(
                    name,
                    beat,
                    heartbeats.of(beat),
                    proc,
                    processes.of(proc),
                    claim,
                    dependency == null ? null : services.get(dependency),
                    removed.get(name));
            agents.add(AgentAssessment.assess(inputs, gitea, at, bounds));
        }
        return new AgentHealthView(
                at,
                agents,
                List.copyOf(services.values()),
                List.of(heartbeats.source(), processes.source(), endpoints.source(), gitea));
    }

    /** Agents known only from a heartbeat file that vanished within the retention bound, by name: when it vanished. */
    private Map<String, Instant> removedHeartbeats(Instant at, Map<String, Observation> present) {
        Map<String, Instant> removed = new TreeMap<>();
        for (Observation gone : log.goneAt(HEARTBEATS, at)) {
            String name = gone.subject().substring(gone.subject().indexOf(':') + 1);
            if (!SubjectKey.AGENT.matches(gone.subject())
                    || present.containsKey(name)
                    || gone.observedAt().plus(bounds.removedRetention()).isBefore(at)) {
                continue;
            }
            Observation lastSeen = log.lastPresentBefore(HEARTBEATS, gone.subject(), gone.observedAt())
                    .orElse(null);
            if (RemovedHeartbeats.listed(gone, lastSeen, at, bounds.removedRetention())) {
                removed.put(name, gone.observedAt());
            }
        }
        return removed;
    }

    private Claim claim(
            String name,
            Observation beat,
            HeartbeatFact fact,
            Map<String, Observation> issues,
            SourceStatus gitea,
            Instant at) {
        String ref = fact.claim();
        if (ref == null) {
            return null;
        }
        Instant since = ClaimHistory.since(log, beat, ref, fact.settings().stuckAfter(), at);
        String login = fact.settings().giteaLogin();
        return ClaimCheck.check(ref, since, login == null ? name : login, issues.get(ref), gitea);
    }

    private static Map<String, Observation> byName(List<Observation> observations, SubjectKey key) {
        Map<String, Observation> byName = new TreeMap<>();
        for (Observation observation : observations) {
            if (key.matches(observation.subject())) {
                byName.put(key.nameOf(observation.subject()), observation);
            }
        }
        return byName;
    }
}
