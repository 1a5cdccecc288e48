package dev.commandcenter.query.agents;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;
import java.util.List;

/**
 * One agent in the agent health view.
 *
 * @param state        up, down, degraded, idle, busy, rate-limited, stuck, wrong-work or unknown
 * @param reason       the state in words, with its evidence; null when nothing needs saying
 * @param failureMode  why it is down or degraded; null when healthy
 * @param lastActivity the agent's last successful activity, as it reported it
 * @param claim        its current task; null when it holds none
 * @param sources      the sources this row draws on
 * @param observedAt   the newest observation behind the row
 * @param freshness    the worst freshness of the row's inputs
 * @param inputs       the freshness of every input
 * @param signals      the evidence the state was computed from
 * @param flapping     whether its state changed more often than the flapping rule allows in the window before the view's instant
 * @param stateSince   since when it has been in this state, as history records it; null when history cannot say
 *                     (not kept, or the state began before the log)
 */
public record AgentRow(
        String name,
        AgentState state,
        String reason,
        FailureMode failureMode,
        Instant lastActivity,
        Claim claim,
        String model,
        String provider,
        List<String> sources,
        Instant observedAt,
        Freshness freshness,
        List<InputFreshness> inputs,
        List<Signal> signals,
        boolean flapping,
        Instant stateSince) {

    /** The same row, marked flapping or not, in its state since {@code stateSince}. */
    public AgentRow marked(boolean flapping, Instant stateSince) {
        return new AgentRow(
                name,
                state,
                reason,
                failureMode,
                lastActivity,
                claim,
                model,
                provider,
                sources,
                observedAt,
                freshness,
                inputs,
                signals,
                flapping,
                stateSince);
    }
}
