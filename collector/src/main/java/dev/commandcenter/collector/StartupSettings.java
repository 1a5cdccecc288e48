package dev.commandcenter.collector;

import dev.commandcenter.collector.agents.AgentsConfig;
import dev.commandcenter.collector.endpoint.EndpointsConfig;
import dev.commandcenter.collector.gitea.GiteaConfig;
import dev.commandcenter.config.CommandCenterConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start, before any listener opens or any source is polled, when a setting would make
 * polls fail, the log refuse every append, or the listener fail later with a stack trace.
 */
@ApplicationScoped
public class StartupSettings {

    void check(
            @Observes @Priority(0) StartupEvent event,
            CommandCenterConfig config,
            Instance<Source> sources,
            GiteaConfig gitea,
            EndpointsConfig endpoints,
            AgentsConfig agents,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "7070") int port) {
        SettingsCheck check = new SettingsCheck().hostId(config.hostId()).port("quarkus.http.port", port);
        for (Source source : sources) {
            check.timing(source.name(), source.timing());
        }
        Map<String, URI> probeUrls = new TreeMap<>();
        endpoints.targets().forEach((name, target) -> probeUrls.put(name, target.url()));
        check.forgeUrl(
                        "command-center.gitea.url",
                        gitea.url(),
                        "command-center.gitea.token-file or command-center.gitea.token-env")
                .probeUrls("command-center.endpoints.targets.\"<name>\".url", probeUrls)
                .names(
                        "command-center.endpoints.targets.\"<name>\"",
                        endpoints.targets().keySet())
                .names("command-center.agents.\"<name>\"", agents.agents().keySet())
                .enforce();
    }
}
