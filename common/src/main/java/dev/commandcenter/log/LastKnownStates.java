package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per source, the last stored state of each subject (and the host that stored it) and the changes
 * since the last checkpoint: what the next poll is compared with. Loaded from the log on first use, updated only after an
 * append commits, so a rolled-back poll leaves it as the log is.
 */
final class LastKnownStates {

    /** A source's known subjects and how many changes were appended since its last checkpoint. */
    record Snapshot(Map<String, KnownState> subjects, int sinceCheckpoint) {
    }

    private final Map<String, Snapshot> bySource = new ConcurrentHashMap<>();

    /** A private copy the caller may change while it builds an append. */
    Snapshot snapshot(Connection connection, String source) throws SQLException {
        Snapshot known = bySource.get(source);
        if (known == null) {
            known = new Snapshot(load(connection, source), 0);
            bySource.put(source, known);
        }
        return new Snapshot(new HashMap<>(known.subjects()), known.sinceCheckpoint());
    }

    void committed(String source, Snapshot after) {
        bySource.put(source, after);
    }

    private static Map<String, KnownState> load(Connection connection, String source) throws SQLException {
        Map<String, KnownState> known = new HashMap<>();
        // Subjects that vanished before the last checkpoint are in no checkpoint: they are known, and gone.
        try (PreparedStatement ps = connection.prepareStatement("SELECT subject FROM subject WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new KnownState(null, null, true, -1, null));
                }
            }
        }
        Map<String, Observation> latest = SubjectStates.at(connection, source, null);
        Map<Long, String> hosts = ReadHosts.of(connection, latest.values().stream().map(Observation::readId).toList());
        for (Observation o : latest.values()) {
            known.put(o.subject(), new KnownState(o.kind(), o.contentHash(), o.gone(), o.seq(), hosts.get(o.readId())));
        }
        return known;
    }
}
