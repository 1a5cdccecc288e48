package dev.commandcenter.query.agents;

import com.fasterxml.jackson.databind.JsonNode;
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

    static final long DEFAULT_MAX_AGE_SECONDS = 600;

    private LivenessRules() {}

    static Optional<Verdict> judge(AgentInputs in, Instant at, AgentBounds bounds, List<Signal> signals) {
        JsonNode hb = in.heartbeatPayload();
        Boolean alive = null;
        if (in.process() != null) {
            JsonNode proc = in.processPayload();
            String verdict = Payloads.text(proc, "/verdict");
            String reason = Payloads.text(proc, "/reason");
            signals.add(new Signal(
                    KnownSource.PROCESSES,
                    "process",
                    describeProcess(proc),
                    in.process().observedAt()));
            if ("missing".equals(verdict)) {
                return Optional.of(
                        Verdict.failing(AgentState.DOWN, FailureMode.PROCESS_MISSING, "process missing: " + reason));
            }
            if ("recycled".equals(verdict)) {
                return Optional.of(Verdict.failing(
                        AgentState.DOWN, FailureMode.PID_RECYCLED, "process gone, its pid reused: " + reason));
            }
            alive = "alive".equals(verdict) ? Boolean.TRUE : null;
        }
        if (in.heartbeatRemovedAt() != null) {
            String removed =
                    "heartbeat file removed " + Ages.describe(Duration.between(in.heartbeatRemovedAt(), at)) + " ago";
            signals.add(new Signal(KnownSource.HEARTBEATS, "heartbeat file", removed, in.heartbeatRemovedAt()));
            return Optional.of(
                    Boolean.TRUE.equals(alive)
                            ? Verdict.failing(
                                    AgentState.DEGRADED,
                                    FailureMode.HEARTBEAT_UNREADABLE,
                                    "process runs, but its " + removed)
                            : Verdict.of(
                                    AgentState.UNKNOWN,
                                    removed + "; listed for " + Ages.describe(bounds.removedRetention())
                                            + " unless the agent is declared"));
        }
        JsonNode hermes = hb.path("hermes");
        if (hermes.isObject()) {
            return hermesGateway(hermes, in, Boolean.TRUE.equals(alive), signals);
        }
        if (in.heartbeat() == null) {
            return Boolean.TRUE.equals(alive)
                    ? Optional.empty()
                    : Optional.of(Verdict.of(AgentState.UNKNOWN, "no heartbeat ever"));
        }
        String errorKind = Payloads.text(hb, "/error/kind");
        String errorMessage = Payloads.text(hb, "/error/message");
        if (!Payloads.present(hb, "/heartbeat")) {
            boolean neverWritten = "missing".equals(errorKind) || "not-configured".equals(errorKind);
            String reason = (neverWritten ? "no heartbeat ever: " : "heartbeat unreadable: ") + errorMessage;
            signals.add(new Signal(
                    KnownSource.HEARTBEATS, "heartbeat", reason, in.heartbeat().observedAt()));
            return Optional.of(
                    Boolean.TRUE.equals(alive)
                            ? Verdict.failing(
                                    AgentState.DEGRADED,
                                    FailureMode.HEARTBEAT_UNREADABLE,
                                    "process runs, but " + reason)
                            : Verdict.of(AgentState.UNKNOWN, reason));
        }
        if (errorKind != null) {
            signals.add(new Signal(
                    KnownSource.HEARTBEATS,
                    "heartbeat",
                    "malformed: " + errorMessage,
                    in.heartbeat().observedAt()));
            return Optional.of(Verdict.failing(
                    AgentState.DEGRADED, FailureMode.HEARTBEAT_UNREADABLE, "heartbeat malformed: " + errorMessage));
        }
        Instant written = Payloads.instant(hb, "/heartbeat/written_at");
        Long maxAgeSeconds = Payloads.number(hb, "/settings/heartbeat_max_age_seconds");
        Duration maxAge = Duration.ofSeconds(maxAgeSeconds == null ? DEFAULT_MAX_AGE_SECONDS : maxAgeSeconds);
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
                    Boolean.TRUE.equals(alive)
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
            JsonNode hermes, AgentInputs in, boolean alive, List<Signal> signals) {
        String gateway = Payloads.text(hermes, "/gateway_state");
        Long active = Payloads.number(hermes, "/active_agents");
        signals.add(new Signal(
                KnownSource.HEARTBEATS,
                "gateway state",
                (gateway == null ? "unknown" : gateway) + (active == null ? "" : ", " + active + " agent(s) in flight"),
                in.heartbeat().observedAt()));
        if ("stopped".equals(gateway) || "startup_failed".equals(gateway)) {
            String exit = Payloads.text(hermes, "/exit_reason");
            return Optional.of(Verdict.failing(
                    AgentState.DOWN,
                    FailureMode.GATEWAY_STOPPED,
                    "gateway " + gateway + (exit == null ? "" : ": " + exit)));
        }
        if (alive) {
            return Optional.empty();
        }
        String said = gateway == null ? "no gateway state" : "gateway says " + gateway;
        if (in.process() == null) {
            return Optional.of(Verdict.of(AgentState.UNKNOWN, said + ", and no process check"));
        }
        JsonNode proc = in.processPayload();
        String verdict = Payloads.text(proc, "/verdict");
        String reason = Payloads.text(proc, "/reason");
        return Optional.of(Verdict.of(
                AgentState.UNKNOWN,
                said + ", but its process is not confirmed: " + (verdict == null ? "unknown" : verdict)
                        + (reason == null ? "" : " (" + reason + ")")));
    }

    private static String describeProcess(JsonNode proc) {
        String verdict = Payloads.text(proc, "/verdict");
        JsonNode pids = proc.path("pids");
        String reason = Payloads.text(proc, "/reason");
        return (verdict == null ? "unknown" : verdict)
                + (pids.isArray() && !pids.isEmpty() ? " (pid " + pids.get(0).asText() + ")" : "")
                + (reason == null ? "" : ": " + reason);
    }
}
