package dev.commandcenter.ui.browser;

import dev.commandcenter.ui.cron.RunningHermesHome;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Hermes home copied from the real fixture whose gateway is not running: its jobs are due while
 * no runner exists, so the brief turns red. Nothing else is configured.
 */
public class RunnerAbsentProfile implements QuarkusTestProfile {

    static final Path HOME = Path.of("target", "browser-test", "hermes-home").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        copy();
        return Map.of(
                "command-center.hermes.home",
                HOME.toString(),
                "command-center.hermes.interval",
                "1s",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static synchronized void copy() {
        try {
            if (Files.exists(HOME)) {
                try (Stream<Path> old = Files.walk(HOME)) {
                    old.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            RunningHermesHome.copy(HOME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
