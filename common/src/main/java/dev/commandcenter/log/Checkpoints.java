package dev.commandcenter.log;

import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.PollResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a checkpoint: the latest observation of every present subject of a source, as of one poll, and,
 * where a vanished subject is a removal ({@link #carriesVanished}), the gone row of every subject that
 * vanished within {@link #GONE_KEPT}, so that a reader starting from the checkpoint still knows what
 * vanished recently (a removed agent stays listed as removed).
 */
final class Checkpoints {

    /** How long a vanished subject is carried by the checkpoints after it vanished; readers list it as long. */
    static final Duration GONE_KEPT = Duration.ofDays(30);

    /** Walks the index back from its end; {@code MAX(finished_at)} read every read of the source. */
    static final String NEWEST_READ = "SELECT finished_at FROM source_read WHERE source = ?"
            + " ORDER BY source DESC, finished_at DESC, id DESC FETCH FIRST 1 ROW ONLY";

    private Checkpoints() {}

    /**
     * Whether checkpoints of {@code source} carry its vanished subjects. Not where vanishing is the end of a
     * piece of work: a busy forge closes thousands of issues and pull requests a month, and carrying each in
     * every checkpoint for a month made each Gitea checkpoint hundreds of thousands of rows (a 3M-observation
     * log of high churn had 243M checkpoint entries, and the writer fell to a few hundred observations a second).
     */
    static boolean carriesVanished(String source) {
        return KnownSource.vanishingOf(source) == KnownSource.Vanishing.REMOVAL;
    }

    /**
     * {@code present}: the latest sequence number of every present subject; {@code gone}: the gone row of
     * every subject known gone by its row; {@code throughSeq}: the highest of any.
     */
    static void write(
            Connection connection, PollResult poll, long readId, long throughSeq, List<Long> present, List<Long> gone)
            throws SQLException {
        long checkpointId;
        String sql = "INSERT INTO checkpoint (source, read_id, taken_at, through_seq, subjects) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, poll.source());
            ps.setLong(2, readId);
            Jdbc.setInstant(ps, 3, takenAt(connection, poll));
            ps.setLong(4, throughSeq);
            ps.setInt(5, present.size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                checkpointId = keys.getLong(1);
            }
        }
        try (PreparedStatement ps =
                connection.prepareStatement("INSERT INTO checkpoint_entry (checkpoint_id, seq) VALUES (?, ?)")) {
            for (long seq : present) {
                ps.setLong(1, checkpointId);
                ps.setLong(2, seq);
                ps.addBatch();
            }
            for (long seq : recentlyGone(connection, gone, poll.finishedAt().minus(GONE_KEPT))) {
                ps.setLong(1, checkpointId);
                ps.setLong(2, seq);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * When the checkpoint holds: the newest read of its source, this poll's or a later one another collector
     * host stored before it. It lists the latest row of every subject, and a reader of an instant before one
     * of them must not start from it.
     */
    private static Instant takenAt(Connection connection, PollResult poll) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(NEWEST_READ)) {
            ps.setString(1, poll.source());
            try (ResultSet rs = ps.executeQuery()) {
                Instant newest = rs.next() ? Jdbc.instant(rs, 1) : null;
                return newest == null || newest.isBefore(poll.finishedAt()) ? poll.finishedAt() : newest;
            }
        }
    }

    /** The gone rows among {@code gone} observed after {@code since}. */
    private static List<Long> recentlyGone(Connection connection, List<Long> gone, Instant since) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT observed_at FROM observation WHERE seq = ?")) {
            for (long seq : gone) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && Jdbc.instant(rs, 1).isAfter(since)) {
                        seqs.add(seq);
                    }
                }
            }
        }
        return seqs;
    }
}
