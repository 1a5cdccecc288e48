package dev.commandcenter.collector.agents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The declared agents ({@code command-center.agents."<name>".*}): how to find each one's heartbeat and process. */
@ConfigMapping(prefix = "command-center.agents")
public interface AgentsConfig {

    /** Every declared agent by name; a declared agent is listed even before its first heartbeat. */
    @WithParentName
    Map<String, Agent> agents();

    interface Agent {

        /** How to find the agent's process: {@code pid-file:<path>} or {@code cmdline:<regex>}; else the heartbeat's pid. */
        Optional<String> process();

        /** The agent's heartbeat file; else {@code <heartbeats.dir>/<name>.json}. */
        Optional<Path> heartbeat();

        /** Holding the same claim longer than this while working is {@code stuck}. */
        @WithDefault("2h")
        Duration stuckAfter();

        /** A heartbeat older than this means the agent is not progressing. */
        @WithDefault("10m")
        Duration heartbeatMaxAge();

        /** A Hermes home whose gateway state, pid file, rate-limit markers and sessions describe this agent. */
        Optional<Path> hermesHome();

        /** The agent's Gitea login, to check its claim's assignees; default the agent's name. */
        Optional<String> giteaLogin();

        /** The name of the endpoint (under {@code command-center.endpoints.targets}) this agent depends on. */
        Optional<String> endpoint();
    }
}
