package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.maybeWhole;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One probe of a health endpoint as the collector stored it ({@code endpoint:<name>}, format:
 * {@code docs/sources/heartbeat.md}).
 *
 * @param name        null when absent (the subject names it too)
 * @param url         with its credentials masked
 * @param status      the HTTP status; null when there was no answer
 * @param latencyMs   rounded to 10 ms; null when absent
 * @param slowAfterMs the bound above which an answer is slow; null when absent
 * @param state       {@link ProbeOutcome#UNKNOWN} when absent
 * @param reason      why it is not up, in words; null when up
 */
public record EndpointProbeFact(
        String name, String url, Integer status, Long latencyMs, Long slowAfterMs, ProbeOutcome state, String reason)
        implements Fact {

    public static final FactReader<EndpointProbeFact> READER = EndpointProbeFact::read;

    private static EndpointProbeFact read(JsonNode probe) {
        Long status = maybeWhole(probe, "status");
        return new EndpointProbeFact(
                text(probe, "name"),
                text(probe, "url"),
                status == null ? null : status.intValue(),
                maybeWhole(probe, "latency_ms"),
                maybeWhole(probe, "slow_after_ms"),
                ProbeOutcome.parse(text(probe, "state")),
                text(probe, "reason"));
    }
}
