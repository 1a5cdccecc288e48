package dev.commandcenter.query.agents;

import dev.commandcenter.fact.AgentErrorKind;
import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.fact.HeartbeatFile;
import dev.commandcenter.fact.HermesGateway;
import dev.commandcenter.fact.ReportedState;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.KnownSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * For an agent that is alive: is it held back (rate limit, errors, a dependency down), and if not,
 * what is it doing — working on the wrong thing, stuck on one claim, busy, idle, or just up.
 */
final class WorkRules {

    /** What an agent without a heartbeat file or a Hermes home says: nothing. */
    private static final HeartbeatFile SILENT =
            new HeartbeatFile(null, ReportedState.NONE, null, null, null, null, null, null);

    private WorkRules() {}

    static Verdict judge(AgentInputs in, Instant at, List<Signal> signals) {
        HeartbeatFact fact = in.beat();
        HeartbeatFile beat = fact == null || fact.heartbeat() == null ? SILENT : fact.heartbeat();
        HermesGateway hermes = fact == null ? null : fact.hermes();
        Instant seen = in.heartbeat() == null ? null : in.heartbeat().observedAt();
        ReportedState reported = beat.state();
        if (reported != ReportedState.NONE) {
            signals.add(new Signal(KnownSource.HEARTBEATS, "reported state", beat.stateText(), seen));
        }
        HeartbeatFile.LastError lastError = beat.lastError();
        boolean errorCurrent = lastError != null && lastError.currentAfter(beat.lastSuccessAt());
        String errorText = errorCurrent ? describeError(lastError) : null;
        if (errorCurrent) {
            signals.add(new Signal(KnownSource.HEARTBEATS, "last error", errorText, seen));
        }
        if (reported == ReportedState.RATE_LIMITED || errorCurrent && lastError.kind() == AgentErrorKind.RATE_LIMITED) {
            return Verdict.failing(
                    AgentState.RATE_LIMITED,
                    FailureMode.RATE_LIMITED,
                    errorText == null ? "reports rate-limited" : errorText);
        }
        if (hermes != null) {
            for (HermesGateway.RateLimit limit : hermes.rateLimits()) {
                if (limit.resetAt() != null && limit.resetAt().isAfter(at)) {
                    String text = limit.provider() + " rate limit until " + limit.resetAt();
                    signals.add(new Signal(KnownSource.HEARTBEATS, "rate-limit marker", text, seen));
                    return Verdict.failing(AgentState.RATE_LIMITED, FailureMode.RATE_LIMITED, text);
                }
            }
        }
        if (errorCurrent) {
            return Verdict.failing(AgentState.DEGRADED, FailureMode.reported(lastError.kind()), errorText);
        }
        if (reported == ReportedState.ERROR) {
            return Verdict.failing(AgentState.DEGRADED, FailureMode.ERROR, "reports an error state");
        }
        if (hermes != null) {
            for (HermesGateway.Platform platform : hermes.platforms()) {
                if (platform.state().down()) {
                    String text = "platform " + platform.name() + " "
                            + platform.state().wire() + nonNull(platform.errorMessage());
                    signals.add(new Signal(KnownSource.HEARTBEATS, "platform", text, seen));
                    return Verdict.failing(AgentState.DEGRADED, FailureMode.PLATFORM_DOWN, text);
                }
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
        return activity(in, at, beat, hermes);
    }

    private static Verdict activity(AgentInputs in, Instant at, HeartbeatFile beat, HermesGateway hermes) {
        Claim claim = in.claim();
        if (claim != null) {
            if (claim.assignment() == Assignment.CLOSED || claim.assignment() == Assignment.NOT_ASSIGNED) {
                return Verdict.of(AgentState.WRONG_WORK, "works on " + claim.ref() + ", but " + claim.detail());
            }
            Duration stuckAfter = in.settings().stuckAfter();
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
        ReportedState reported = beat.state();
        Long active = hermes == null ? null : hermes.activeAgents();
        if (reported == ReportedState.WORKING || active != null && active > 0) {
            return Verdict.of(
                    AgentState.BUSY, active != null ? active + " agent turn(s) in flight" : "working, no claim");
        }
        if (reported == ReportedState.IDLE || active != null) {
            return Verdict.of(AgentState.IDLE, null);
        }
        return Verdict.of(
                AgentState.UP,
                reported == ReportedState.NONE ? "alive; reports no activity" : "reports " + beat.stateText());
    }

    private static String describeError(HeartbeatFile.LastError error) {
        return (error.kindText() == null ? "error" : error.kindText())
                + (error.at() == null ? "" : " at " + error.at())
                + nonNull(error.message());
    }

    private static String nonNull(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
