package dev.commandcenter.ui.cron;

import dev.commandcenter.testing.FixtureFiles;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Points the Hermes and Huey sources at fresh copies of the fixtures under {@code target/}, polled
 * every second, so that a test can change the files the way Hermes would and watch the view follow.
 */
public class CronStateProfile implements QuarkusTestProfile {

    static final Path ROOT = Path.of("target", "cron-state-test").toAbsolutePath();
    static final Path HERMES_HOME = ROOT.resolve("hermes-home");
    static final Path HUEY_DIR = ROOT.resolve("huey");

    @Override
    public Map<String, String> getConfigOverrides() {
        copyFixtures();
        return Map.of(
                "command-center.hermes.home",
                HERMES_HOME.toString(),
                "command-center.hermes.interval",
                "1s",
                "command-center.huey.db",
                HUEY_DIR.resolve("huey.db").toString(),
                "command-center.huey.stats-db",
                HUEY_DIR.resolve("stats.db").toString(),
                "command-center.huey.consumer-log",
                HUEY_DIR.resolve("consumer.log").toString(),
                "command-center.huey.writer-time-zone",
                "UTC",
                "command-center.huey.interval",
                "1s",
                "command-center.huey.periodic.\"shop.tasks.nightly_export\".cron",
                "0 2 * * *",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:cron-state;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    static synchronized void copyFixtures() {
        try {
            if (Files.exists(ROOT)) {
                try (Stream<Path> old = Files.walk(ROOT)) {
                    old.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            RunningHermesHome.copy(HERMES_HOME);
            FixtureFiles.copy("huey/v3.3.0/utc", HUEY_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
