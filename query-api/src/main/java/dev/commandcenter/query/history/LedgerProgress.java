package dev.commandcenter.query.history;

import java.time.Duration;
import java.time.Instant;

/** A state ledger's progress: complete through {@code sealed}, which is to reach {@code target}. */
public record LedgerProgress(Instant startsAt, Instant sealed, Instant target) {

    /** How much of the log the ledger has recorded, 0–100. */
    public int percent() {
        long all = Duration.between(startsAt, target).toMillis();
        return all <= 0
                ? 100
                : (int) Math.min(100, Duration.between(startsAt, sealed).toMillis() * 100 / all);
    }
}
