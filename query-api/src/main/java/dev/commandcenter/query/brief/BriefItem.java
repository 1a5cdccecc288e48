package dev.commandcenter.query.brief;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * One thing that is not green, naming and linking the exact row that caused it.
 *
 * @param link      the page and anchor of that row, e.g. {@code /agents#agent-builder}
 * @param source    the source (or sources, joined by {@code +}) the row's data came from
 * @param freshness the row's freshness
 * @param readAt    when that source last delivered data (the oldest, for several); null if never
 * @param changedAt when the row's data last changed — the age of its state, not of the data; null for a source item
 */
public record BriefItem(
        Health health,
        String title,
        String detail,
        String link,
        String source,
        Freshness freshness,
        Instant readAt,
        Instant changedAt) {}
