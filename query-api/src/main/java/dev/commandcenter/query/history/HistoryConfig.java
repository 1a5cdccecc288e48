package dev.commandcenter.query.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How history is judged ({@code command-center.history.*}). */
@ConfigMapping(prefix = "command-center.history")
public interface HistoryConfig {

    /** A subject with more than this many transitions within the flapping window is flapping. */
    @WithDefault("6")
    int flappingTransitions();

    /** The window over which transitions are counted for flapping. */
    @WithDefault("1h")
    Duration flappingWindow();

    /** The default window of availability and transition queries when {@code from} is absent. */
    @WithDefault("24h")
    Duration defaultWindow();
}
