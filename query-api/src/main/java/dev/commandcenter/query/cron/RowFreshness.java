package dev.commandcenter.query.cron;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;

/**
 * A row's freshness from its source's status. A row still shown after its source's last read
 * failed is the last good observation: {@code stale}, with the failure as the reason, never erased.
 */
record RowFreshness(Freshness freshness, String reason) {

    static RowFreshness of(SourceStatus status, Observation observation) {
        return switch (status.freshness()) {
            case LIVE -> new RowFreshness(Freshness.LIVE, null);
            case STALE, DEGRADED -> new RowFreshness(status.freshness(), status.reason());
            case UNKNOWN ->
                new RowFreshness(
                        Freshness.STALE,
                        (status.reason() == null ? "source unknown" : status.reason()) + "; showing what was seen at "
                                + observation.observedAt());
        };
    }
}
