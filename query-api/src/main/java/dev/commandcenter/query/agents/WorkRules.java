package dev.commandcenter.query.agents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.KnownSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * For an agent that is alive: is it held back (rate limit, errors, a dependency down), and if not,
 * what is it doing — working on the wrong thing, stuck on one claim, busy, idle, or just up.
 */
final class WorkRules {

    private static final long DEFAULT_STUCK_AFTER_SECONDS = 7200;

    private WorkRules() {}

    static Verdict judge(AgentInputs in, Instant at, List<Signal> signals) {
        JsonNode hb = in.heartbeatPayload();
        JsonNode beat = hb.path("heartbeat");
        JsonNode hermes = hb.path("hermes");
        Instant seen = in.heartbeat() == null ? null : in.heartbeat().observedAt();
        String reported = Payloads.text(beat, "/state");
        if (reported != null) {
            signals.add(new Signal(KnownSource.HEARTBEATS, "reported state", reported, seen));
        }
        JsonNode lastError = beat.path("last_error");
        Instant lastSuccess = Payloads.instant(beat, "/last_success_at");
        Instant errorAt = Payloads.instant(lastError, "/at");
        boolean errorCurrent =
                lastError.isObject() && (lastSuccess == null || errorAt == null || errorAt.isAfter(lastSuccess));
        String errorKind = Payloads.text(lastError, "/kind");
        String errorText = errorCurrent ? describeError(lastError) : null;
        if (errorCurrent) {
            signals.add(new Signal(KnownSource.HEARTBEATS, "last error", errorText, seen));
        }
        if ("rate-limited".equals(reported) || errorCurrent && "rate-limited".equals(errorKind)) {
            return Verdict.failing(
                    AgentState.RATE_LIMITED,
                    FailureMode.RATE_LIMITED,
                    errorText == null ? "reports rate-limited" : errorText);
        }
        for (JsonNode limit : hermes.path("rate_limits")) {
            Instant resetAt = Payloads.instant(limit, "/reset_at");
            if (resetAt != null && resetAt.isAfter(at)) {
                String text = Payloads.text(limit, "/provider") + " rate limit until " + resetAt;
                signals.add(new Signal(KnownSource.HEARTBEATS, "rate-limit marker", text, seen));
                return Verdict.failing(AgentState.RATE_LIMITED, FailureMode.RATE_LIMITED, text);
            }
        }
        if (errorCurrent) {
            return Verdict.failing(AgentState.DEGRADED, FailureMode.reported(errorKind), errorText);
        }
        if ("error".equals(reported)) {
            return Verdict.failing(AgentState.DEGRADED, FailureMode.ERROR, "reports an error state");
        }
        for (Map.Entry<String, JsonNode> platform : hermes.path("platforms").properties()) {
            String state = Payloads.text(platform.getValue(), "/state");
            if ("fatal".equals(state) || "disconnected".equals(state) || "retrying".equals(state)) {
                String text = "platform " + platform.getKey() + " " + state
                        + nonNull(Payloads.text(platform.getValue(), "/error_message"));
                signals.add(new Signal(KnownSource.HEARTBEATS, "platform", text, seen));
                return Verdict.failing(AgentState.DEGRADED, FailureMode.PLATFORM_DOWN, text);
            }
        }
        ServiceRow dependency = in.dependency();
        if (dependency != null) {
            String text = dependency.name() + " " + dependency.state().wire() + nonNull(dependency.reason());
            signals.add(new Signal(KnownSource.ENDPOINTS, "dependency", text, dependency.observedAt()));
            if (dependency.state() == ServiceState.DOWN) {
                return Verdict.failing(AgentState.DEGRADED, FailureMode.DEPENDENCY_DOWN, "depends on " + text);
            }
            if (dependency.state() == ServiceState.RATE_LIMITED) {
                return Verdict.failing(AgentState.RATE_LIMITED, FailureMode.RATE_LIMITED, "depends on " + text);
            }
        }
        return activity(in, at, reported, hb, hermes);
    }

    /** How long an agent may hold one claim before it counts as stuck: its heartbeat's setting, else two hours. */
    static Duration stuckAfter(JsonNode heartbeat) {
        Long seconds = heartbeat == null ? null : Payloads.number(heartbeat, "/settings/stuck_after_seconds");
        return Duration.ofSeconds(seconds == null ? DEFAULT_STUCK_AFTER_SECONDS : seconds);
    }

    private static Verdict activity(AgentInputs in, Instant at, String reported, JsonNode hb, JsonNode hermes) {
        Claim claim = in.claim();
        if (claim != null) {
            if (claim.assignment() == Assignment.CLOSED || claim.assignment() == Assignment.NOT_ASSIGNED) {
                return Verdict.of(AgentState.WRONG_WORK, "works on " + claim.ref() + ", but " + claim.detail());
            }
            Duration stuckAfter = stuckAfter(hb);
            if (claim.since() != null) {
                Duration held = Duration.between(claim.since(), at);
                if (held.compareTo(stuckAfter) >= 0) {
                    return Verdict.of(
                            AgentState.STUCK,
                            "on " + claim.ref() + " for at least " + Ages.describe(held) + ", longer than "
                                    + Ages.describe(stuckAfter));
                }
                return Verdict.of(AgentState.BUSY, "working on " + claim.ref() + " for " + Ages.describe(held));
            }
            return Verdict.of(AgentState.BUSY, "working on " + claim.ref());
        }
        Long active = Payloads.number(hermes, "/active_agents");
        if ("working".equals(reported) || active != null && active > 0) {
            return Verdict.of(
                    AgentState.BUSY, active != null ? active + " agent turn(s) in flight" : "working, no claim");
        }
        if ("idle".equals(reported) || active != null) {
            return Verdict.of(AgentState.IDLE, null);
        }
        return Verdict.of(AgentState.UP, reported == null ? "alive; reports no activity" : "reports " + reported);
    }

    private static String describeError(JsonNode error) {
        String kind = Payloads.text(error, "/kind");
        String message = Payloads.text(error, "/message");
        Instant at = Payloads.instant(error, "/at");
        return (kind == null ? "error" : kind) + (at == null ? "" : " at " + at) + nonNull(message);
    }

    private static String nonNull(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
