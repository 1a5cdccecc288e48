package dev.commandcenter.query.agents;

import dev.commandcenter.fact.HeartbeatFile;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Since when an agent has held its current claim: the heartbeat's own {@code claimed_at} if it
 * writes one, else the start of the unbroken run of observations with that claim in the log.
 * The log is searched back over twice the stuck bound, and the same again before it: a run
 * reaching past the window is "at least since" the window's start, which already decides "stuck".
 */
final class ClaimHistory {

    private ClaimHistory() {}

    static Instant since(LogReader log, Observation latest, String claim, Duration stuckAfter, Instant at) {
        HeartbeatFile file = AgentInputs.heartbeatOf(latest).heartbeat();
        Instant claimedAt = file == null ? null : file.claimedAt();
        if (claimedAt != null) {
            return claimedAt;
        }
        Instant windowStart = at.minus(stuckAfter.multipliedBy(2));
        List<Observation> history = log.history(latest.source(), latest.subject(), windowStart, at);
        Instant since = latest.observedAt();
        for (int i = history.size() - 1; i >= 0; i--) {
            Observation earlier = history.get(i);
            if (!holds(earlier, claim)) {
                return since;
            }
            since = earlier.observedAt();
        }
        List<Observation> before = log.history(
                latest.source(),
                latest.subject(),
                windowStart.minus(stuckAfter.multipliedBy(2)),
                windowStart.minusNanos(1));
        if (!before.isEmpty() && holds(before.get(before.size() - 1), claim)) {
            // The run reaches back past the window: held at least since the window's start.
            return since.isBefore(windowStart) ? since : windowStart;
        }
        return since;
    }

    private static boolean holds(Observation observation, String claim) {
        return !observation.gone()
                && Objects.equals(claim, AgentInputs.heartbeatOf(observation).claim());
    }
}
