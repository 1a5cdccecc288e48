package dev.commandcenter.log;

import dev.commandcenter.observation.PollResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Writes a checkpoint: the latest observation of every present subject of a source, as of one poll. */
final class Checkpoints {

    private Checkpoints() {
    }

    /** {@code present}: the latest sequence number of every present subject; {@code throughSeq}: the highest of any. */
    static void write(Connection connection, PollResult poll, long readId, long throughSeq, List<Long> present)
            throws SQLException {
        long checkpointId;
        String sql = "INSERT INTO checkpoint (source, read_id, taken_at, through_seq, subjects) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, poll.source());
            ps.setLong(2, readId);
            Jdbc.setInstant(ps, 3, poll.finishedAt());
            ps.setLong(4, throughSeq);
            ps.setInt(5, present.size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                checkpointId = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO checkpoint_entry (checkpoint_id, seq) VALUES (?, ?)")) {
            for (long seq : present) {
                ps.setLong(1, checkpointId);
                ps.setLong(2, seq);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
