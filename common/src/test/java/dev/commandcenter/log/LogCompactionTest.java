package dev.commandcenter.log;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCompactionTest {

    @TempDir
    Path dir;

    @Test
    void anH2FileLogIsCompactedOnlineAndStillReadsTheSame() throws Exception {
        DataSource db = TestDatabase.inDirectory(dir);
        ObservationLog log = new ObservationLog(db);
        for (int minute = 0; minute < 30; minute++) {
            String state = minute % 3 == 0 ? "busy" : "idle";
            log.append(ok(T0.plusSeconds(60L * minute), PayloadStorageTest.agent(state, minute)));
        }
        try (Connection c = db.getConnection()) {
            assertTrue(LogCompaction.compact(c));
        }
        assertEquals(
                30,
                new LogReader(db)
                        .history("hermes", "agent:builder", T0, T0.plusSeconds(1800))
                        .size());
    }

    @Test
    void otherDatabasesAreLeftAlone() throws Exception {
        try (Connection c = TestDatabase.inMemory().getConnection()) {
            assertFalse(LogCompaction.compact(c));
        }
    }
}
