package dev.commandcenter.transport;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.config.Role;
import dev.commandcenter.observation.Channels;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses a configuration in which polls would go nowhere: a collector-only process whose log
 * writer is switched off must publish to a broker, not to the in-process hand-over nobody reads.
 */
@ApplicationScoped
public class HandOverGuard {

    private final CommandCenterConfig commandCenter;
    private final Config config;

    @Inject
    public HandOverGuard(CommandCenterConfig commandCenter, Config config) {
        this.commandCenter = commandCenter;
        this.config = config;
    }

    void check(@Observes StartupEvent event) {
        String publishedThrough = connector("outgoing", Channels.OBSERVATIONS);
        boolean logWriterOn = config.getOptionalValue(
                        key("incoming", Channels.OBSERVATIONS_TO_LOG) + "enabled", Boolean.class)
                .orElse(true);
        if (commandCenter.role() == Role.COLLECTOR && !logWriterOn && Channels.IN_PROCESS.equals(publishedThrough)) {
            throw new IllegalStateException("command-center.role=collector with the log writer off needs a broker: "
                    + "start with the kafka profile as well (QUARKUS_PROFILE=collector-only,kafka)");
        }
        Log.infof(
                "poll results are published through %s; the log writer here is %s",
                publishedThrough,
                logWriterOn ? "on, fed through " + connector("incoming", Channels.OBSERVATIONS_TO_LOG) : "off");
    }

    private String connector(String direction, String channel) {
        return config.getOptionalValue(key(direction, channel) + "connector", String.class)
                .orElse("(none)");
    }

    private static String key(String direction, String channel) {
        return "mp.messaging." + direction + "." + channel + ".";
    }
}
