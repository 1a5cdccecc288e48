package dev.commandcenter.log;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much of the log the views keep in memory. */
@ConfigMapping(prefix = "command-center.recent-log")
public interface RecentLogConfig {

    /**
     * How far back the views answer from memory; older instants (replay, long history) read the
     * database. It covers the flapping window and the claim look-back of the agent view (4 x stuck-after).
     */
    @WithDefault("8h")
    Duration window();

    /**
     * At most this many changes held (a `fleet` of 50 agents makes about 30,000 in 8 h): the window of
     * a larger fleet starts later instead of growing the heap with the fleet, and the older instants
     * are the database's.
     */
    @WithDefault("100000")
    int maxChanges();

    /**
     * Held whatever {@link #maxChanges} says: the past the views at now read at every renewal (the
     * flapping window, the agent view's claim look-back); keep it at least the flapping window.
     */
    @WithDefault("1h")
    Duration minWindow();
}
