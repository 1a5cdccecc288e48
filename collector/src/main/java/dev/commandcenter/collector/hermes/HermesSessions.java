package dev.commandcenter.collector.hermes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.sqlite.SqliteReadOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Reads Hermes' sessions database ({@code state.db}) for the last activity and the model in use.
 * Hermes keeps it in WAL mode: it is opened as Huey's store is ({@link SqliteReadOnly}), so what a
 * running gateway still holds in its WAL is read too, and no {@code -wal}/{@code -shm} file is ever
 * created beside it.
 */
final class HermesSessions {

    private static final String LAST_SESSION = "SELECT id, source, model, started_at, ended_at, end_reason"
            + " FROM sessions ORDER BY started_at DESC LIMIT 1";
    private static final String OPEN_SESSIONS = "SELECT COUNT(*) FROM sessions WHERE ended_at IS NULL";
    private static final String LAST_MESSAGE = "SELECT MAX(timestamp) FROM messages";
    private static final String LAST_ENDED = "SELECT MAX(ended_at) FROM sessions";

    private HermesSessions() {}

    /** The sessions summary, or null when there is no {@code state.db}; a read error is thrown. */
    static ObjectNode read(Path home) throws SQLException {
        Path db = home.resolve("state.db");
        if (!Files.isRegularFile(db)) {
            return null;
        }
        ObjectNode sessions = JsonNodeFactory.instance.objectNode();
        try (Connection connection = SqliteReadOnly.open(db);
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery(LAST_SESSION)) {
                if (rs.next()) {
                    ObjectNode last = sessions.putObject("last_session");
                    last.put("id", rs.getString(1));
                    last.put("source", rs.getString(2));
                    last.put("model", rs.getString(3));
                    last.put("started_at", epoch(rs, 4));
                    last.put("ended_at", epoch(rs, 5));
                    last.put("end_reason", rs.getString(6));
                    sessions.put("model", rs.getString(3));
                }
            }
            sessions.put("open_sessions", single(statement, OPEN_SESSIONS));
            Instant lastMessage = epochOf(statement, LAST_MESSAGE);
            Instant lastEnded = epochOf(statement, LAST_ENDED);
            Instant last = lastMessage == null
                    ? lastEnded
                    : lastEnded == null || lastMessage.isAfter(lastEnded) ? lastMessage : lastEnded;
            sessions.put("last_activity_at", last == null ? null : last.toString());
            connection.rollback();
        }
        return sessions;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Instant epochOf(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            double seconds = rs.getDouble(1);
            return rs.wasNull() ? null : toInstant(seconds);
        }
    }

    private static String epoch(ResultSet rs, int column) throws SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? null : toInstant(seconds).toString();
    }

    static Instant toInstant(double epochSeconds) {
        // Millisecond precision: enough for activity, and stable across reads of the same value.
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }
}
