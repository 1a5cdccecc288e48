package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest observation of every subject of a source at an instant, from the last checkpoint at or
 * before it plus the changes after it (bounded by the next checkpoint, plus those stored after that one
 * though observed earlier: {@link LateObservations}). Costs O(subjects + checkpoint
 * interval), not O(log size). Gone rows are included; callers decide what absence means.
 */
final class SubjectStates {

    /** Ordered by the whole index, descending, so it is walked back from the instant, not sorted. */
    static final String CHECKPOINT_AT = "SELECT id, through_seq FROM checkpoint WHERE source = ?"
            + " AND taken_at <= ? ORDER BY source DESC, taken_at DESC, id DESC FETCH FIRST 1 ROW ONLY";

    private static final String NEWEST_CHECKPOINT =
            "SELECT id, through_seq FROM checkpoint WHERE source = ?" + " ORDER BY id DESC FETCH FIRST 1 ROW ONLY";

    /**
     * Where the changes after a checkpoint stop: the lowest last sequence number of the checkpoints taken
     * after the instant. Checkpoints are stamped with their source's newest read, so the later a checkpoint
     * is written the later its stamp and the higher its last sequence number; the first few after the
     * instant, walked from it in index order, hold the lowest. Taking the lowest of all of them visited
     * every checkpoint after the instant: a replay a year back read a year of checkpoints.
     */
    static final String NEXT_CHECKPOINT = "SELECT MIN(through_seq) FROM (SELECT through_seq FROM checkpoint"
            + " WHERE source = ? AND taken_at > ? ORDER BY source, taken_at, id FETCH FIRST 4 ROWS ONLY) next";

    private static final String LATE = "SELECT " + prefixed(Jdbc.OBSERVATION_COLUMNS)
            + " FROM late_observation l JOIN observation o ON o.seq = l.seq"
            + " WHERE l.source = ? AND l.seq > ? AND l.observed_at <= ? ORDER BY l.seq";
    private static final String SPAN = "SELECT " + Jdbc.OBSERVATION_COLUMNS
            + " FROM observation WHERE source = ? AND seq > ? AND seq <= ? ORDER BY seq";
    private static final String BASE = "SELECT " + prefixed(Jdbc.OBSERVATION_COLUMNS)
            + " FROM checkpoint_entry e JOIN observation o ON o.seq = e.seq WHERE e.checkpoint_id = ?";

    private SubjectStates() {}

    /** State at {@code at}; a null instant means everything appended so far. */
    static Map<String, Observation> at(Connection connection, String source, Instant at) throws SQLException {
        return at(connection, source, at, CheckpointStates.NONE);
    }

    /**
     * State at {@code at}, starting from the checkpoint's subjects as {@code kept} holds them decoded
     * (decoding and keeping them if it does not yet), and decoding each change after it once.
     */
    static Map<String, Observation> at(Connection connection, String source, Instant at, CheckpointStates kept)
            throws SQLException {
        long[] checkpoint = at == null ? newestCheckpoint(connection, source) : checkpointAt(connection, source, at);
        // Rows first, payloads after: a subject changed n times since the checkpoint has its payload
        // decoded once, for the row that wins, not n times.
        Map<String, Row> latest = new HashMap<>();
        CheckpointStates.Decoded decoded = null;
        long fromSeq = -1;
        if (checkpoint != null) {
            fromSeq = checkpoint[1];
            decoded = kept.keeps() ? kept.get(checkpoint[0]) : null;
            if (decoded == null) {
                try (PreparedStatement ps = connection.prepareStatement(BASE)) {
                    ps.setLong(1, checkpoint[0]);
                    collect(ps, latest);
                }
                if (kept.keeps()) {
                    decoded = kept.keep(checkpoint[0], decode(connection, latest));
                    latest.clear();
                }
            }
        }
        Long untilSeq = at == null ? null : nextCheckpointSeq(connection, source, at);
        if (decoded != null && untilSeq != null) {
            // A span between two checkpoints is closed: its rows are read once and kept with the checkpoint,
            // and counted at once, so a failure later in this read cannot leave them kept but uncounted.
            long from = fromSeq;
            CheckpointStates.Decoded owner = decoded;
            for (Row row : decoded.spanRows(
                    untilSeq, () -> span(connection, source, from, untilSeq), n -> kept.grew(owner, n))) {
                if (!row.observedAt().isAfter(at)) {
                    latest.put(row.subject(), row);
                }
            }
        } else {
            delta(connection, source, fromSeq, untilSeq, at, latest);
        }
        if (untilSeq != null) {
            // Stored after that next checkpoint yet observed by now: later in log order than all of the above.
            try (PreparedStatement ps = connection.prepareStatement(LATE)) {
                ps.setString(1, source);
                ps.setLong(2, untilSeq);
                Jdbc.setInstant(ps, 3, at);
                collect(ps, latest);
            }
        }
        if (decoded == null) {
            return decode(connection, latest);
        }
        Map<String, Observation> states = new HashMap<>(decoded.subjects);
        long added = 0;
        for (Row row : latest.values()) {
            Observation change = decoded.changes.get(row.seq());
            if (change == null) {
                change = row.observation(connection);
                decoded.changes.put(row.seq(), change);
                added += CheckpointStates.Decoded.chars(change);
            }
            states.put(row.subject(), change);
        }
        kept.grew(decoded, added);
        return states;
    }

    /** The rows after {@code fromSeq}, up to {@code untilSeq} and observed by {@code at} where given, by subject. */
    private static void delta(
            Connection connection, String source, long fromSeq, Long untilSeq, Instant at, Map<String, Row> latest)
            throws SQLException {
        String delta = "SELECT " + Jdbc.OBSERVATION_COLUMNS + " FROM observation WHERE source = ? AND seq > ?"
                + (untilSeq == null ? "" : " AND seq <= ?") + (at == null ? "" : " AND observed_at <= ?")
                + " ORDER BY seq";
        try (PreparedStatement ps = connection.prepareStatement(delta)) {
            int i = 1;
            ps.setString(i++, source);
            ps.setLong(i++, fromSeq);
            if (untilSeq != null) {
                ps.setLong(i++, untilSeq);
            }
            if (at != null) {
                Jdbc.setInstant(ps, i, at);
            }
            collect(ps, latest);
        }
    }

    /** Every row of a closed span, in log order. */
    private static List<Row> span(Connection connection, String source, long fromSeq, long untilSeq)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SPAN)) {
            ps.setString(1, source);
            ps.setLong(2, fromSeq);
            ps.setLong(3, untilSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Row.of(rs));
                }
            }
        }
        return rows;
    }

    private static Map<String, Observation> decode(Connection connection, Map<String, Row> rows) throws SQLException {
        Map<Long, String> hashById = new HashMap<>();
        for (Row row : rows.values()) {
            if (row.payloadId() >= 0) {
                hashById.put(row.payloadId(), row.hash());
            }
        }
        Map<Long, String> texts = PayloadStore.texts(connection, hashById);
        Map<String, Observation> states = new HashMap<>(rows.size() * 2);
        for (Row row : rows.values()) {
            states.put(row.subject(), row.observation(connection, texts));
        }
        return states;
    }

    private static void collect(PreparedStatement ps, Map<String, Row> latest) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = Row.of(rs);
                latest.put(row.subject(), row);
            }
        }
    }

    /** An observation row as stored: its payload column still a reference where it is one. */
    record Row(
            long seq,
            long readId,
            String source,
            String subject,
            Instant observedAt,
            Instant sourceTime,
            String kind,
            String hash,
            String payload,
            boolean gone) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(
                    rs.getLong("seq"),
                    rs.getLong("read_id"),
                    rs.getString("source"),
                    rs.getString("subject"),
                    Jdbc.instant(rs, "observed_at"),
                    Jdbc.instant(rs, "source_time"),
                    rs.getString("kind"),
                    rs.getString("content_hash"),
                    rs.getString("payload"),
                    rs.getBoolean("gone"));
        }

        Observation observation(Connection connection) throws SQLException {
            return observation(connection, Map.of());
        }

        /** The observation, its payload from {@code texts} (by payload id) where it is there, else read. */
        Observation observation(Connection connection, Map<Long, String> texts) throws SQLException {
            String text = payload;
            if (PayloadStore.isReference(payload)) {
                text = texts.get(PayloadStore.referredId(payload));
                text = text == null ? PayloadStore.text(connection, payload, hash) : PayloadStore.shared(hash, text);
            }
            return new Observation(seq, readId, source, subject, observedAt, sourceTime, kind, hash, text, gone);
        }

        /** Roughly what the row holds, in characters: its texts and some for the rest. */
        long chars() {
            return 64
                    + subject.length()
                    + (hash == null ? 0 : hash.length())
                    + (payload == null ? 0 : payload.length());
        }

        /** The payload id this row refers to, or -1 when its payload is in the row. */
        long payloadId() {
            return PayloadStore.isReference(payload) ? PayloadStore.referredId(payload) : -1;
        }
    }

    private static long[] checkpointAt(Connection connection, String source, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(CHECKPOINT_AT)) {
            ps.setString(1, source);
            Jdbc.setInstant(ps, 2, at);
            return pair(ps);
        }
    }

    private static long[] newestCheckpoint(Connection connection, String source) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(NEWEST_CHECKPOINT)) {
            ps.setString(1, source);
            return pair(ps);
        }
    }

    private static long[] pair(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
        }
    }

    private static Long nextCheckpointSeq(Connection connection, String source, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(NEXT_CHECKPOINT)) {
            ps.setString(1, source);
            Jdbc.setInstant(ps, 2, at);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long seq = rs.getLong(1);
                    return rs.wasNull() ? null : seq;
                }
                return null;
            }
        }
    }

    private static String prefixed(String columns) {
        return "o." + columns.replace(", ", ", o.");
    }
}
