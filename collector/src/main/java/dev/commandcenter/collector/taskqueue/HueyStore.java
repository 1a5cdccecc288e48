package dev.commandcenter.collector.taskqueue;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.sqlite.SqliteReadOnly;
import dev.commandcenter.observation.ReadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a Huey SQLite store (and its stats tables) in one short read-only transaction each. I/O only. */
final class HueyStore {

    static final int RECENT_ERRORS = 20;

    private HueyStore() {}

    /** The store's rows; stats are read separately once the pending task ids are known. */
    static HueyRows read(Path db) throws SourceFailure {
        if (!Files.isRegularFile(db)) {
            throw new SourceFailure(ReadOutcome.UNREACHABLE, "Huey database not found: " + db);
        }
        List<HueyRows.Task> tasks = new ArrayList<>();
        List<HueyRows.Scheduled> schedule = new ArrayList<>();
        List<HueyRows.Kv> kv = new ArrayList<>();
        List<HueyRows.Counter> counters = new ArrayList<>();
        try (Connection c = SqliteReadOnly.open(db)) {
            Set<String> tables = SqliteReadOnly.tables(c);
            if (!tables.containsAll(Set.of("task", "schedule", "kv"))) {
                throw new SourceFailure(
                        ReadOutcome.MALFORMED,
                        db.getFileName() + " is not a Huey store: tables task, schedule and kv expected, found "
                                + tables);
            }
            query(
                    c,
                    "SELECT id, queue, priority, data FROM task ORDER BY queue, priority DESC, id",
                    rs -> tasks.add(
                            new HueyRows.Task(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getBytes(4))));
            query(
                    c,
                    "SELECT id, queue, data, timestamp FROM schedule ORDER BY queue, timestamp, id",
                    rs -> schedule.add(
                            new HueyRows.Scheduled(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getDouble(4))));
            query(
                    c,
                    "SELECT queue, key, value FROM kv ORDER BY queue, key",
                    rs -> kv.add(new HueyRows.Kv(rs.getString(1), rs.getString(2), rs.getBytes(3))));
            if (tables.contains("counter")) {
                query(
                        c,
                        "SELECT queue, key, value FROM counter ORDER BY queue, key",
                        rs -> counters.add(new HueyRows.Counter(rs.getString(1), rs.getString(2), rs.getLong(3))));
            }
            c.rollback();
        } catch (SQLException e) {
            throw new SourceFailure(
                    ReadOutcome.MALFORMED, "cannot read Huey database " + db.getFileName() + ": " + e.getMessage(), e);
        }
        return new HueyRows(tasks, schedule, kv, counters);
    }

    /**
     * @param pendingIds the ids of the pending tasks, whose enqueue times give the oldest pending age
     */
    static HueyRows.Stats stats(Path statsDb, List<String> pendingIds) throws SourceFailure {
        if (!Files.isRegularFile(statsDb)) {
            throw new SourceFailure(ReadOutcome.UNREACHABLE, "Huey stats database not found: " + statsDb);
        }
        List<HueyRows.Total> totals = new ArrayList<>();
        List<HueyRows.Event> errors = new ArrayList<>();
        List<HueyRows.Event> inflight = new ArrayList<>();
        Map<String, Double> enqueued = new HashMap<>();
        try (Connection c = SqliteReadOnly.open(statsDb)) {
            Set<String> tables = SqliteReadOnly.tables(c);
            if (tables.contains("huey_event")) {
                query(
                        c,
                        "SELECT queue, task, signal, COUNT(*), MAX(ts) FROM huey_event GROUP BY queue, task, signal"
                                + " ORDER BY queue, task, signal",
                        rs -> totals.add(new HueyRows.Total(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5))));
                query(
                        c,
                        "SELECT queue, task_id, task, ts, error FROM huey_event WHERE signal = 'error'"
                                + " ORDER BY ts DESC, id DESC LIMIT " + RECENT_ERRORS,
                        rs -> errors.add(event(rs)));
                enqueuedAt(c, pendingIds, enqueued);
            }
            if (tables.contains("huey_inflight")) {
                query(
                        c,
                        "SELECT queue, task_id, task, started, NULL FROM huey_inflight ORDER BY started",
                        rs -> inflight.add(event(rs)));
            }
            c.rollback();
        } catch (SQLException e) {
            throw new SourceFailure(
                    ReadOutcome.MALFORMED,
                    "cannot read Huey stats database " + statsDb.getFileName() + ": " + e.getMessage(),
                    e);
        }
        return new HueyRows.Stats(totals, errors, enqueued, inflight);
    }

    private static void enqueuedAt(Connection c, List<String> ids, Map<String, Double> into) throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT task_id, MIN(ts) FROM huey_event"
                    + " WHERE signal = 'enqueued' AND task_id IN (" + marks + ") GROUP BY task_id")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.put(rs.getString(1), rs.getDouble(2));
                    }
                }
            }
        }
    }

    private static HueyRows.Event event(ResultSet rs) throws SQLException {
        return new HueyRows.Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5));
    }

    private static void query(Connection c, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
