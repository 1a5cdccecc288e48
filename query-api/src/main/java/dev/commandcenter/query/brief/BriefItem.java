package dev.commandcenter.query.brief;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * One thing that is not green, naming and linking the exact row that caused it.
 *
 * @param link       the page and anchor of that row, e.g. {@code /agents#agent-builder}
 * @param source     the source the row's data came from
 * @param observedAt when that data was observed
 */
public record BriefItem(Health health, String title, String detail, String link, String source, Freshness freshness,
        Instant observedAt) {
}
