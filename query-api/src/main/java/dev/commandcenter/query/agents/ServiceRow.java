package dev.commandcenter.query.agents;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * One service or model endpoint in the agent health view.
 *
 * @param status    the HTTP status of the last probe; null when it got no answer
 * @param latencyMs how long the last answer took, to 10 ms
 */
public record ServiceRow(
        String name,
        String url,
        ServiceState state,
        String reason,
        Integer status,
        Long latencyMs,
        String source,
        Instant observedAt,
        Freshness freshness) {}
