package dev.commandcenter.log;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.ContentHash;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A log written before payloads were stored apart (schema V2, payloads inline) keeps replaying after V4. */
class OldLogKeepsReplayingTest {

    private final JdbcDataSource db = new JdbcDataSource();

    @Test
    void observationsWrittenBeforeV4ReadAsTheyWereAndNewOnesFollowThem() throws Exception {
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        db.setUser("sa");
        flyway().target("2.1").load().migrate();
        SubjectSeen idle = PayloadStorageTest.agent("idle", 1);
        String oldText = ContentHash.canonicalJson(idle.payload());
        writeAsV2Did(idle, oldText);

        flyway().load().migrate();
        ObservationLog log = new ObservationLog(db);
        assertEquals(
                0,
                log.append(ok(T0.plusSeconds(60), idle)).appended(),
                "the same content as the old row is no change: both hash forms are understood");
        assertEquals(
                1,
                log.append(ok(T0.plusSeconds(120), PayloadStorageTest.agent("busy", 2)))
                        .appended());

        List<Observation> history = new LogReader(db).history("hermes", "agent:builder", T0, T0.plusSeconds(120));
        assertEquals(2, history.size());
        assertEquals(oldText, history.get(0).payload(), "the old row, inline, untouched");
        assertEquals(64, history.get(0).contentHash().length());
        assertEquals(
                ContentHash.canonicalJson(PayloadStorageTest.agent("busy", 2).payload()),
                history.get(1).payload());
        assertTrue(new LogReader(db)
                .latestAt("hermes", T0.plusSeconds(90))
                .get(0)
                .payload()
                .contains("\"idle\""));
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2");
    }

    /** The rows the V2 code wrote for one poll with one new subject: payload inline, SHA-256 in hex. */
    private void writeAsV2Did(SubjectSeen seen, String text) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(seen.kind().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        OffsetDateTime at = OffsetDateTime.ofInstant(T0, ZoneOffset.UTC);
        try (Connection c = db.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO source_read (poll_id, host, source, started_at, finished_at, outcome, "
                        + "subjects_seen, observations_appended, stale_after_ms) VALUES ('old-poll', 'host-a', 'hermes', "
                        + "TIMESTAMP WITH TIME ZONE '2026-03-02 08:59:59Z', TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00Z', "
                        + "'ok', 1, 1, 180000)");
                s.executeUpdate("INSERT INTO subject (source, subject, first_read_id) "
                        + "SELECT 'hermes', 'agent:builder', id FROM source_read");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO observation (read_id, source, subject, observed_at, "
                            + "source_time, kind, content_hash, payload, gone) SELECT id, 'hermes', ?, ?, NULL, ?, ?, ?, FALSE FROM source_read")) {
                ps.setString(1, seen.subject());
                ps.setObject(2, at);
                ps.setString(3, seen.kind());
                ps.setString(4, hash);
                ps.setString(5, text);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
