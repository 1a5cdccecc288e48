package dev.commandcenter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings shared by the collector and the query side (DESIGN §7). */
@ConfigMapping(prefix = "command-center")
public interface CommandCenterConfig {

    /** Where the embedded log lives; relative paths resolve against the working directory. */
    @WithDefault("data")
    String dataDir();

    /** Which halves of the command center this process runs. */
    @WithDefault("all")
    Role role();

    /** This collector's name in the log; defaults to the machine's host name. */
    Optional<String> hostId();

    /** Who may reach the listener. */
    Access access();

    interface Access {
        /** {@code loopback} (default) or {@code tailnet}. */
        @WithDefault("loopback")
        AccessMode mode();
    }
}
