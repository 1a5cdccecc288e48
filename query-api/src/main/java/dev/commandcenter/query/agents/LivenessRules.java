package dev.commandcenter.query.agents;

import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.fact.HermesGateway;
import dev.commandcenter.fact.ProcessCheckFact;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.KnownSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Is the agent there and progressing? Process missing or recycled is {@code down}; a stopped
 * Hermes gateway is {@code down}, and one whose pid is not checked alive is {@code unknown}; a heartbeat that is old, unreadable or absent makes the agent
 * {@code degraded} when its process runs and {@code unknown} when nothing says it does.
 * Empty when the agent is alive and its heartbeat fresh.
 */
final class LivenessRules {

    private LivenessRules() {}

    static Optional<Verdict> judge(AgentInputs in, Instant at, AgentBounds bounds, List<Signal> signals) {
        HeartbeatFact beat = in.beat();
        ProcessCheckFact check = in.check();
        boolean alive = false;
        if (check != null) {
            signals.add(new Signal(
                    KnownSource.PROCESSES,
                    "process",
                    describeProcess(check),
                    in.process().observedAt()));
            switch (check.verdict()) {
                case MISSING -> {
                    return Optional.of(Verdict.failing(
                            AgentState.DOWN, FailureMode.PROCESS_MISSING, "process missing: " + check.reason()));
                }
                case RECYCLED -> {
                    return Optional.of(Verdict.failing(
                            AgentState.DOWN,
                            FailureMode.PID_RECYCLED,
                            "process gone, its pid reused: " + check.reason()));
                }
                case ALIVE -> alive = true;
                case NO_PID, OTHER_HOST, UNREADABLE, UNKNOWN -> {
                    // Nothing says the process runs, nor that it does not.
                }
            }
        }
        if (in.heartbeatRemovedAt() != null) {
            String removed =
                    "heartbeat file removed " + Ages.describe(Duration.between(in.heartbeatRemovedAt(), at)) + " ago";
            signals.add(new Signal(KnownSource.HEARTBEATS, "heartbeat file", removed, in.heartbeatRemovedAt()));
            return Optional.of(
                    alive
                            ? Verdict.failing(
                                    AgentState.DEGRADED,
                                    FailureMode.HEARTBEAT_UNREADABLE,
                                    "process runs, but its " + removed)
                            : Verdict.of(
                                    AgentState.UNKNOWN,
                                    removed + "; listed for " + Ages.describe(bounds.removedRetention())
                                            + " unless the agent is declared"));
        }
        if (beat == null) {
            return alive ? Optional.empty() : Optional.of(Verdict.of(AgentState.UNKNOWN, "no heartbeat ever"));
        }
        if (beat.hermes() != null) {
            return hermesGateway(beat.hermes(), in, check, alive, signals);
        }
        HeartbeatFact.Problem error = beat.error();
        String errorMessage = error == null ? null : error.message();
        if (beat.heartbeat() == null) {
            boolean neverWritten = error != null && error.kind().neverWritten();
            String reason = (neverWritten ? "no heartbeat ever: " : "heartbeat unreadable: ") + errorMessage;
            signals.add(new Signal(
                    KnownSource.HEARTBEATS, "heartbeat", reason, in.heartbeat().observedAt()));
            return Optional.of(
                    alive
                            ? Verdict.failing(
                                    AgentState.DEGRADED,
                                    FailureMode.HEARTBEAT_UNREADABLE,
                                    "process runs, but " + reason)
                            : Verdict.of(AgentState.UNKNOWN, reason));
        }
        if (error != null) {
            signals.add(new Signal(
                    KnownSource.HEARTBEATS,
                    "heartbeat",
                    "malformed: " + errorMessage,
                    in.heartbeat().observedAt()));
            return Optional.of(Verdict.failing(
                    AgentState.DEGRADED, FailureMode.HEARTBEAT_UNREADABLE, "heartbeat malformed: " + errorMessage));
        }
        Instant written = beat.heartbeat().writtenAt();
        Duration maxAge = beat.settings().heartbeatMaxAge();
        Duration ahead = Duration.between(in.heartbeat().observedAt(), written);
        if (ahead.compareTo(bounds.clockSkew()) > 0) {
            // A clock ahead would keep the heartbeat young for ever: it is not evidence of progress.
            String future = "heartbeat written in the future: clock skew? written_at is " + Ages.describe(ahead)
                    + " ahead of the collector's clock, more than " + Ages.describe(bounds.clockSkew());
            signals.add(new Signal(
                    KnownSource.HEARTBEATS,
                    "heartbeat written",
                    future,
                    in.heartbeat().observedAt()));
            return Optional.of(Verdict.failing(AgentState.DEGRADED, FailureMode.CLOCK_SKEW, future));
        }
        Duration age = Duration.between(written, at);
        signals.add(new Signal(
                KnownSource.HEARTBEATS,
                "heartbeat written",
                age.isNegative() ? "just now" : Ages.describe(age) + " ago",
                in.heartbeat().observedAt()));
        if (age.compareTo(maxAge) > 0) {
            String old = "last heartbeat " + Ages.describe(age) + " ago, older than " + Ages.describe(maxAge);
            return Optional.of(Verdict.failing(
                    AgentState.DEGRADED,
                    FailureMode.NOT_PROGRESSING,
                    alive
                            ? "process present but not progressing: " + old
                            : "not progressing: " + old + "; its process is not checked"));
        }
        return Optional.empty();
    }

    /**
     * Hermes' rule: a gateway whose state says stopped is down; otherwise only its checked, matching
     * pid makes it alive. The gateway's own "running" is not proof: Hermes leaves it behind on a crash.
     */
    private static Optional<Verdict> hermesGateway(
            HermesGateway hermes, AgentInputs in, ProcessCheckFact check, boolean alive, List<Signal> signals) {
        String gateway = hermes.gatewayStateText();
        Long active = hermes.activeAgents();
        signals.add(new Signal(
                KnownSource.HEARTBEATS,
                "gateway state",
                (gateway == null ? "unknown" : gateway) + (active == null ? "" : ", " + active + " agent(s) in flight"),
                in.heartbeat().observedAt()));
        if (hermes.gatewayState().stopped()) {
            String exit = hermes.exitReason();
            return Optional.of(Verdict.failing(
                    AgentState.DOWN,
                    FailureMode.GATEWAY_STOPPED,
                    "gateway " + gateway + (exit == null ? "" : ": " + exit)));
        }
        if (alive) {
            return Optional.empty();
        }
        String said = gateway == null ? "no gateway state" : "gateway says " + gateway;
        if (check == null) {
            return Optional.of(Verdict.of(AgentState.UNKNOWN, said + ", and no process check"));
        }
        return Optional.of(Verdict.of(
                AgentState.UNKNOWN,
                said + ", but its process is not confirmed: " + check.verdict().wire()
                        + (check.reason() == null ? "" : " (" + check.reason() + ")")));
    }

    private static String describeProcess(ProcessCheckFact check) {
        return check.verdict().wire()
                + (check.pids().isEmpty() ? "" : " (pid " + check.pids().get(0) + ")")
                + (check.reason() == null ? "" : ": " + check.reason());
    }
}
