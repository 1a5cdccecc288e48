package dev.commandcenter.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the views at now are kept ready. */
@ConfigMapping(prefix = "command-center.views")
public interface ViewsConfig {

    /** How often the views at now are checked and computed ahead of the requests; 0 = only on request. */
    @WithDefault("250ms")
    Duration refreshEvery();
}
