package dev.commandcenter.log;

import dev.commandcenter.observation.PollResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The observations stored after a checkpoint of their source that was taken later than they were observed
 * (a collector host behind, a poll delivered late). A reader of an instant before that checkpoint reads
 * from an earlier checkpoint up to the next one's last sequence number, and finds these apart, in
 * {@code late_observation}.
 */
final class LateObservations {

    private static final String LATER_CHECKPOINT =
            "SELECT 1 FROM checkpoint WHERE source = ? AND taken_at > ? FETCH FIRST 1 ROW ONLY";
    private static final String LIST = "INSERT INTO late_observation (seq, source, observed_at) VALUES (?, ?, ?)";

    private LateObservations() {}

    /** Lists the observations {@code seqs} just stored for a poll {@link #behindACheckpoint behind a checkpoint}. */
    static void list(Connection connection, PollResult poll, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(LIST)) {
            for (long seq : seqs) {
                ps.setLong(1, seq);
                ps.setString(2, poll.source());
                Jdbc.setInstant(ps, 3, poll.finishedAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Whether a checkpoint of the poll's source was taken later than the poll: its changes are late. */
    static boolean behindACheckpoint(Connection connection, PollResult poll) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(LATER_CHECKPOINT)) {
            ps.setString(1, poll.source());
            Jdbc.setInstant(ps, 2, poll.finishedAt());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
