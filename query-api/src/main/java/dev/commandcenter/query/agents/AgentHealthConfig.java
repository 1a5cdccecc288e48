package dev.commandcenter.query.agents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the agent health view judges every agent ({@code command-center.agent-health.*}). */
@ConfigMapping(prefix = "command-center.agent-health")
public interface AgentHealthConfig {

    /** A heartbeat whose {@code written_at} is further ahead of the collector's clock than this is {@code degraded}. */
    @WithDefault("2m")
    Duration clockSkew();

    /**
     * An agent known only from its heartbeat file stays listed this long after the file is removed; at most
     * {@code LogReader.GONE_KEPT} (30 days), as long as the log lists what vanished.
     */
    @WithDefault("7d")
    Duration removedRetention();

    default AgentBounds bounds() {
        return new AgentBounds(clockSkew(), removedRetention());
    }
}
