package dev.commandcenter.query.agents;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/** How fresh one input of a row is: the source's freshness and when this row's data was observed. */
public record InputFreshness(String source, Freshness freshness, Instant observedAt, String reason) {}
