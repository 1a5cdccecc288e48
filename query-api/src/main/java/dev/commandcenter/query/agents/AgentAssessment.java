package dev.commandcenter.query.agents;

import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.fact.HeartbeatFile;
import dev.commandcenter.fact.HermesGateway;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds one agent's inputs into its row: liveness first, then what holds it back, then its
 * activity. Nothing shows healthy unless the data behind it is fresh. Pure.
 */
final class AgentAssessment {

    private AgentAssessment() {}

    static AgentRow assess(AgentInputs in, SourceStatus gitea, Instant at, AgentBounds bounds) {
        List<Signal> signals = new ArrayList<>();
        Verdict verdict =
                LivenessRules.judge(in, at, bounds, signals).orElseGet(() -> WorkRules.judge(in, at, signals));
        if (in.claim() != null) {
            signals.add(new Signal(
                    KnownSource.GITEA,
                    "claim",
                    in.claim().ref() + ": " + in.claim().detail(),
                    gitea.observedAt()));
        }
        List<InputFreshness> inputs = inputs(in, gitea);
        Freshness freshness = inputs.stream()
                .map(InputFreshness::freshness)
                .max(Comparator.comparingInt(AgentAssessment::rank))
                .orElse(Freshness.UNKNOWN);
        if (verdict.state().healthy() && (freshness == Freshness.STALE || freshness == Freshness.UNKNOWN)) {
            InputFreshness worst = inputs.stream()
                    .filter(i -> i.freshness() == freshness)
                    .findFirst()
                    .orElseThrow();
            verdict = Verdict.of(
                    AgentState.UNKNOWN,
                    "last seen " + verdict.state().wire() + ", but " + worst.source() + " is " + freshness.wire()
                            + (worst.reason() == null ? "" : ": " + worst.reason()));
        }
        HeartbeatFact beat = in.beat();
        HeartbeatFile file = beat == null ? null : beat.heartbeat();
        HermesGateway.Sessions sessions =
                beat == null || beat.hermes() == null ? null : beat.hermes().sessions();
        Instant lastActivity = file == null ? null : file.lastSuccessAt();
        if (lastActivity == null && sessions != null) {
            lastActivity = sessions.lastActivityAt();
        }
        String model = file == null ? null : file.model();
        if (model == null && sessions != null) {
            model = sessions.model();
        }
        return new AgentRow(
                in.name(),
                verdict.state(),
                verdict.reason(),
                verdict.failureMode(),
                lastActivity,
                in.claim(),
                model,
                file == null ? null : file.provider(),
                inputs.stream().map(InputFreshness::source).toList(),
                observedAt(in),
                freshness,
                inputs,
                signals,
                false,
                null);
    }

    private static List<InputFreshness> inputs(AgentInputs in, SourceStatus gitea) {
        List<InputFreshness> inputs = new ArrayList<>();
        if (in.heartbeat() != null || in.process() == null) {
            inputs.add(input(in.heartbeats(), in.heartbeat()));
        }
        if (in.process() != null) {
            inputs.add(input(in.processes(), in.process()));
        }
        if (in.claim() != null && in.claim().assignment() != Assignment.UNKNOWN) {
            inputs.add(new InputFreshness(gitea.source(), gitea.freshness(), gitea.observedAt(), gitea.reason()));
        }
        if (in.dependency() != null) {
            ServiceRow d = in.dependency();
            inputs.add(new InputFreshness(d.source(), d.freshness(), d.observedAt(), null));
        }
        return inputs;
    }

    private static InputFreshness input(SourceStatus status, Observation observation) {
        return new InputFreshness(
                status.source(),
                status.freshness(),
                observation == null ? null : observation.observedAt(),
                status.reason());
    }

    private static Instant observedAt(AgentInputs in) {
        Instant heartbeat = in.heartbeat() == null
                ? in.heartbeatRemovedAt()
                : in.heartbeat().observedAt();
        Instant process = in.process() == null ? null : in.process().observedAt();
        if (heartbeat == null) {
            return process;
        }
        return process == null || heartbeat.isAfter(process) ? heartbeat : process;
    }

    /** Worse freshness ranks higher: a row is only as fresh as its least fresh input. */
    private static int rank(Freshness freshness) {
        return switch (freshness) {
            case LIVE -> 0;
            case DEGRADED -> 1;
            case STALE -> 2;
            case UNKNOWN -> 3;
        };
    }
}
