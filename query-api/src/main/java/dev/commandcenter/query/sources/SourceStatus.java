package dev.commandcenter.query.sources;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * One source in the sources view.
 *
 * @param source            name in the log and configuration
 * @param label             what the source is, in words
 * @param freshness         live, stale, unknown or degraded, by the one freshness rule
 * @param reason            why it is not live; null when live
 * @param observedAt        when data was last delivered by this source; null if never
 * @param lastRead          the newest poll, whatever its outcome; null if never read
 * @param staleAfterSeconds the bound beyond which delivered data is stale; null if never read
 */
public record SourceStatus(
        String source,
        String label,
        Freshness freshness,
        String reason,
        Instant observedAt,
        LastRead lastRead,
        Long staleAfterSeconds) {}
