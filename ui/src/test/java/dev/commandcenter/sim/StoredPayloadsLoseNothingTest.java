package dev.commandcenter.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.bench.FleetViews;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.ContentHash;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payloads stored once, deflated and on bases lose nothing: every observation of a busy simulated fleet
 * reads back as the canonical text of what the source showed, and every view, replayed at instants across
 * the log, answers exactly as it does over the same log with every payload inline in its row (as the log
 * was stored before payloads had their own table).
 */
class StoredPayloadsLoseNothingTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    private static final Duration FILLED = Duration.ofHours(4);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @TempDir
    Path stored;

    @TempDir
    Path inline;

    @Test
    void everyPayloadAndEveryReplayedViewIsTheSameAsWithPayloadsInline() throws Exception {
        DataSource ds = LogFile.open(stored);
        ObservationLog log = new ObservationLog(ds);
        // Gitea churn x 20, so pull requests and issues change within minutes, not days.
        FleetSimulator fleet = new FleetSimulator(FleetScale.SMALL, START, 11, 20.0);
        Map<String, String> sent = new HashMap<>();
        for (Instant at = START; !at.isAfter(START.plus(FILLED)); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            for (PollResult poll : fleet.cycle(at)) {
                for (SubjectSeen s : poll.seen()) {
                    sent.put(poll.finishedAt() + " " + s.subject(), ContentHash.canonicalJson(s.payload()));
                }
                log.append(poll);
            }
        }
        DataSource copy = LogFile.open(inline);
        int observations = copyWithPayloadsInline(ds, copy, sent);
        assertTrue(observations > 3_000, "a busy log: " + observations);
        assertTrue(count(ds, "payload") > 0);
        assertEquals(0, count(copy, "payload"));

        FleetViews views = new FleetViews(new LogReader(ds));
        FleetViews before = new FleetViews(new LogReader(copy));
        Random random = new Random(5);
        for (int i = 0; i < 12; i++) {
            Instant at = START.plusSeconds(30 + random.nextInt((int) FILLED.toSeconds()));
            for (Map.Entry<String, Function<Instant, Object>> view : views.views.entrySet()) {
                assertEquals(
                        JSON.writeValueAsString(before.views.get(view.getKey()).apply(at)),
                        JSON.writeValueAsString(view.getValue().apply(at)),
                        view.getKey() + " at " + at);
            }
        }
        LogFile.close(ds);
        LogFile.close(copy);
    }

    /** Copies the log row for row, each payload decoded into its observation row and checked against what was sent. */
    private static int copyWithPayloadsInline(DataSource from, DataSource to, Map<String, String> sent)
            throws SQLException {
        int observations = 0;
        try (Connection source = from.getConnection();
                Connection target = to.getConnection()) {
            target.setAutoCommit(false);
            copy(source, target, "source_read", "id");
            copy(source, target, "subject", "source, subject");
            List<Observation> all = new ArrayList<>();
            new LogReader(from).stream(null, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), all::add);
            String insertSql =
                    "INSERT INTO observation (seq, read_id, source, subject, observed_at, source_time, kind, "
                            + "content_hash, payload, gone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = target.prepareStatement(insertSql)) {
                for (Observation o : all) {
                    if (!o.gone()) {
                        assertEquals(
                                sent.get(o.observedAt() + " " + o.subject()), o.payload(), o.subject() + " " + o.seq());
                    }
                    insert.setLong(1, o.seq());
                    insert.setLong(2, o.readId());
                    insert.setString(3, o.source());
                    insert.setString(4, o.subject());
                    insert.setObject(5, utc(o.observedAt()));
                    insert.setObject(6, utc(o.sourceTime()));
                    insert.setString(7, o.kind());
                    insert.setString(8, o.contentHash());
                    insert.setString(9, o.payload());
                    insert.setBoolean(10, o.gone());
                    insert.addBatch();
                    observations++;
                }
                insert.executeBatch();
            }
            copy(source, target, "checkpoint", "id");
            copy(source, target, "checkpoint_entry", "checkpoint_id, seq");
            target.commit();
        }
        return observations;
    }

    private static void copy(Connection source, Connection target, String table, String order) throws SQLException {
        try (Statement s = source.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder columns = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.append(i > 1 ? ", " : "").append(meta.getColumnName(i));
            }
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (?"
                    + ", ?".repeat(meta.getColumnCount() - 1) + ")";
            try (PreparedStatement insert = target.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
