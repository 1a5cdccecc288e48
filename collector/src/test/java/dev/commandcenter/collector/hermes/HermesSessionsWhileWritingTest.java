package dev.commandcenter.collector.hermes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running gateway keeps {@code state.db} open in WAL mode: what it wrote last is still only in the WAL. */
class HermesSessionsWhileWritingTest {

    @TempDir
    Path home;

    @Test
    void aSessionTheGatewayHasOnlyInItsWalIsReadWithoutCreatingOrChangingAnyFile() throws Exception {
        FixtureFiles.copy(HermesLivenessTest.RUNNING, home);
        try (Connection gateway = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("state.db"));
                Statement s = gateway.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // Hermes' writer has not checkpointed yet: the new rows live in state.db-wal only.
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("INSERT INTO sessions (id, source, model, started_at) VALUES"
                    + " ('20260720_114500_0a1b2c3d', 'telegram', 'openai/gpt-5.1', 1784541900.25)");
            s.execute("INSERT INTO messages (session_id, role, content, timestamp) VALUES"
                    + " ('20260720_114500_0a1b2c3d', 'user', 'status?', 1784541901.5)");
            List<String> before = listing();

            JsonNode sessions = new HermesLiveness().read(home).get("sessions");

            assertEquals(
                    "openai/gpt-5.1", sessions.get("model").asText(), "the model of the newest session, from the WAL");
            assertEquals(3, sessions.get("open_sessions").asInt());
            assertEquals(
                    "2026-07-20T10:05:01.500Z", sessions.get("last_activity_at").asText());
            assertEquals(before, listing(), "the reader created, removed or resized no file");
            assertTrue(Files.size(home.resolve("state.db-wal")) > 0, "the writer's WAL holds the new rows");
        }
    }

    /** Every file of the home with its size, so that a write by the reader would show. */
    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName() + " " + size(f))
                    .sorted()
                    .toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
