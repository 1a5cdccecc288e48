package dev.commandcenter.query.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The state ledger: history kept as it happens ({@code command-center.history.ledger.*}). */
@ConfigMapping(prefix = "command-center.history.ledger")
public interface LedgerConfig {

    /** Off: history, availability and flapping are projected from the log at each request, as before. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long after an instant the ledger records it: longer than a poll can take to commit, so a
     * poll's changes are in the log before the ledger passes them. Anything committed later for an
     * instant already recorded makes the ledger start over from the log.
     */
    @WithDefault("2m")
    Duration settle();

    /** How often the ledger records what settled (and how often it looks when rebuilding). */
    @WithDefault("30s")
    Duration sealEvery();

    /** How often a seal also records every subject's state, so a window's start needs no long walk. */
    @WithDefault("1h")
    Duration snapshotEvery();

    /** How much of the past a rebuild walks at a time, held in memory (with the hour before it). */
    @WithDefault("1h")
    Duration rebuildSpan();
}
