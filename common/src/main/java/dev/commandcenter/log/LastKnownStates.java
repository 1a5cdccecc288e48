package dev.commandcenter.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per source, the last stored content hash of each subject: what the next poll is compared with.
 * Loaded from the log on first use, updated only after an append commits, so a rolled-back
 * poll leaves it as the log is.
 */
final class LastKnownStates {

    private static final String LATEST_PER_SUBJECT = "SELECT o.subject, o.kind, o.content_hash, o.gone "
            + "FROM subject s JOIN observation o ON o.seq = ("
            + "  SELECT i.seq FROM observation i WHERE i.source = s.source AND i.subject = s.subject "
            + "  ORDER BY i.observed_at DESC, i.seq DESC FETCH FIRST 1 ROW ONLY) "
            + "WHERE s.source = ?";

    private final Map<String, Map<String, KnownState>> bySource = new ConcurrentHashMap<>();

    /** A private copy the caller may change while it builds an append. */
    Map<String, KnownState> snapshot(Connection connection, String source) throws SQLException {
        Map<String, KnownState> known = bySource.get(source);
        if (known == null) {
            known = load(connection, source);
            bySource.put(source, known);
        }
        return new HashMap<>(known);
    }

    void committed(String source, Map<String, KnownState> after) {
        bySource.put(source, after);
    }

    private static Map<String, KnownState> load(Connection connection, String source) throws SQLException {
        Map<String, KnownState> known = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(LATEST_PER_SUBJECT)) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new KnownState(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
        }
        return known;
    }
}
