package dev.commandcenter.ui.hosts;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * This process is the collector host {@code gpu-box}, reading its own heartbeat directory each
 * second, into a log of its own that another host's polls also reach (as they would through Kafka).
 */
public class TwoHostsProfile implements QuarkusTestProfile {

    static final Path HEARTBEATS = scratch();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:two-hosts;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "command-center.host-id",
                "gpu-box",
                "command-center.heartbeats.dir",
                HEARTBEATS.toString(),
                "command-center.heartbeats.interval",
                "1s");
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("heartbeats");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
