package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Row mapping and timestamp binding shared by the log's reads and writes (UTC instants only). */
final class Jdbc {

    static final String READ_COLUMNS = "id, poll_id, host, source, started_at, finished_at, outcome, error_text, "
            + "subjects_seen, observations_appended, stale_after_ms";
    static final String OBSERVATION_COLUMNS =
            "seq, read_id, source, subject, observed_at, source_time, kind, " + "content_hash, payload, gone";

    private Jdbc() {}

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static SourceRead sourceRead(ResultSet rs) throws SQLException {
        return new SourceRead(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("host"),
                rs.getString("poll_id"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                ReadOutcome.fromWire(rs.getString("outcome")),
                rs.getString("error_text"),
                rs.getInt("subjects_seen"),
                rs.getInt("observations_appended"),
                Duration.ofMillis(rs.getLong("stale_after_ms")));
    }

    /** An observation row with its payload: in the row (rows written before V4, gone rows) or referred to. */
    static Observation observation(ResultSet rs) throws SQLException {
        String payload = rs.getString("payload");
        if (PayloadStore.isReference(payload)) {
            payload = PayloadStore.text(rs.getStatement().getConnection(), payload, rs.getString("content_hash"));
        }
        return new Observation(
                rs.getLong("seq"),
                rs.getLong("read_id"),
                rs.getString("source"),
                rs.getString("subject"),
                instant(rs, "observed_at"),
                instant(rs, "source_time"),
                rs.getString("kind"),
                rs.getString("content_hash"),
                payload,
                rs.getBoolean("gone"));
    }
}
