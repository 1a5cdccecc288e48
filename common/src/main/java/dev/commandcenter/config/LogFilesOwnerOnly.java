package dev.commandcenter.config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once H2 has created the log's files (with the process's umask), makes them readable by their
 * owner only: the log holds what every source said, and the directory may be shared later.
 */
@ApplicationScoped
public class LogFilesOwnerOnly {

    void restrict(
            @Observes StartupEvent event,
            CommandCenterConfig config,
            @ConfigProperty(name = DataDirConfigSourceFactory.URL_KEY) Optional<String> url) {
        if (url.isEmpty() || !url.get().equals(DataDirConfigSourceFactory.h2Url(config.dataDir()))) {
            return;
        }
        Path dir = Path.of(config.dataDir()).toAbsolutePath().normalize();
        try {
            DataDirectory.restrictFiles(dir);
        } catch (IOException | UnsupportedOperationException e) {
            Log.warnf(
                    "could not make the log's files in %s owner-only: %s",
                    dir, e.getClass().getSimpleName());
        }
    }
}
