package dev.commandcenter.collector.taskqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.collector.sqlite.SqliteReadOnly;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector reads while a producer keeps enqueueing, as Huey's own processes do: neither blocks the other. */
class HueyStoreWhileWritingTest {

    @Test
    void aProducerKeepsWritingWhileTheCollectorReadsAndEveryReadSeesACommittedState(@TempDir Path dir)
            throws Exception {
        byte[] message = realMessage();
        Path db = dir.resolve("huey.db");
        AtomicInteger committed = new AtomicInteger();
        AtomicReference<Exception> writerFailure = new AtomicReference<>();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute(
                        "CREATE TABLE task (id INTEGER PRIMARY KEY, queue TEXT, data BLOB, priority REAL NOT NULL DEFAULT 0.0)");
                s.execute("CREATE TABLE schedule (id INTEGER PRIMARY KEY, queue TEXT, data BLOB, timestamp REAL)");
                s.execute("CREATE TABLE kv (queue TEXT, key TEXT, value BLOB, PRIMARY KEY (queue, key))");
            }
            Thread producer = new Thread(() -> {
                try (PreparedStatement insert =
                        writer.prepareStatement("INSERT INTO task (queue, data, priority) VALUES ('shop', ?, 0)")) {
                    long until = System.nanoTime() + 1_500_000_000L;
                    while (System.nanoTime() < until) {
                        insert.setBytes(1, message);
                        insert.executeUpdate();
                        committed.incrementAndGet();
                    }
                } catch (Exception e) {
                    writerFailure.set(e);
                }
            });
            producer.start();
            List<Integer> seen = new ArrayList<>();
            while (producer.isAlive()) {
                seen.add(pending(db));
            }
            producer.join();
            assertNull(writerFailure.get(), "the producer was never blocked or refused");
            assertTrue(seen.size() > 5, "the collector read " + seen.size() + " times meanwhile");
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) >= seen.get(i - 1), "reads go forward, never see a half state: " + seen);
            }
            assertEquals(committed.get(), pending(db), "the last read sees every committed task, WAL included");
        }
    }

    private static int pending(Path db) throws Exception {
        List<SubjectSeen> queues = HueyQueueParser.parse(HueyStore.read(db), Optional.empty(), ZoneOffset.UTC);
        return queues.isEmpty() ? 0 : queues.get(0).payload().path("pending").asInt();
    }

    private static byte[] realMessage() throws Exception {
        Path fixture = HueyFixtures.dir(HueyFixtures.V3_UTC).resolve("huey.db");
        try (Connection c = SqliteReadOnly.open(fixture);
                ResultSet rs = c.createStatement().executeQuery("SELECT data FROM task WHERE queue = 'shop' LIMIT 1")) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
