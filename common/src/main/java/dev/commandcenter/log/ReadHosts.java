package dev.commandcenter.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The collector host of each of some reads: who stored an observation. */
final class ReadHosts {

    /** Reads looked up per query: a bounded parameter list, the same on H2 and PostgreSQL. */
    private static final int BATCH = 200;

    private ReadHosts() {}

    static Map<Long, String> of(Connection connection, Collection<Long> readIds) throws SQLException {
        List<Long> ids = List.copyOf(new TreeSet<>(readIds));
        Map<Long, String> hosts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String sql = "SELECT id, host FROM source_read WHERE id IN (" + "?, ".repeat(batch.size() - 1) + "?)";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setLong(i + 1, batch.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hosts.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
        }
        return hosts;
    }
}
