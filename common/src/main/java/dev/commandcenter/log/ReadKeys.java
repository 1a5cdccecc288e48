package dev.commandcenter.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources and collector hosts the log's reads name, found by stepping through the read indexes from
 * one key to the next: a handful of index look-ups, where {@code SELECT DISTINCT} reads every read the
 * log ever stored (a minute poll's source gathers half a million a year).
 */
final class ReadKeys {

    static final String NEXT_SOURCE = "SELECT source FROM source_read WHERE source >= ? AND id <= ?"
            + " ORDER BY source, finished_at, id FETCH FIRST 1 ROW ONLY";
    static final String NEXT_HOST = "SELECT host FROM source_read WHERE source = ? AND host >= ? AND id <= ?"
            + " ORDER BY source, host, finished_at, id FETCH FIRST 1 ROW ONLY";
    private static final String NEXT_SOURCE_AFTER = NEXT_SOURCE.replace("source >= ?", "source > ?");
    private static final String NEXT_HOST_AFTER = NEXT_HOST.replace("host >= ?", "host > ?");
    static final String HOST_READ_BY = "SELECT 1 FROM source_read WHERE source = ? AND host = ? AND finished_at <= ?"
            + " ORDER BY source, host, finished_at, id FETCH FIRST 1 ROW ONLY";

    private ReadKeys() {}

    /** Every source with a read of id {@code maxReadId} or lower, in order. */
    static List<String> sources(Connection connection, long maxReadId) throws SQLException {
        List<String> sources = new ArrayList<>();
        boolean h2 = isH2(connection);
        try (PreparedStatement ps = connection.prepareStatement(h2 ? NEXT_SOURCE : NEXT_SOURCE_AFTER)) {
            String last = "";
            while ((last = next(ps, 1, last, maxReadId, h2)) != null) {
                sources.add(last);
            }
        }
        return sources;
    }

    /**
     * Every host that read {@code source} in a read of id {@code maxReadId} or lower and, when {@code at} is
     * given, finished one at or before it; in order.
     */
    static List<String> hosts(Connection connection, String source, Instant at, long maxReadId) throws SQLException {
        List<String> hosts = new ArrayList<>();
        boolean h2 = isH2(connection);
        try (PreparedStatement next = connection.prepareStatement(h2 ? NEXT_HOST : NEXT_HOST_AFTER);
                PreparedStatement readBy = connection.prepareStatement(HOST_READ_BY)) {
            next.setString(1, source);
            String last = "";
            while ((last = next(next, 2, last, maxReadId, h2)) != null) {
                if (at == null || readBy(readBy, source, last, at)) {
                    hosts.add(last);
                }
            }
        }
        return hosts;
    }

    /**
     * The key after {@code after}: the statement's parameter {@code key}, followed by the id bound. H2 is
     * asked for "at least the next possible key" rather than "greater than": it starts a greater-than range
     * at the key itself and steps over all of its rows. In H2's order of strings the next possible key is
     * {@code after} and U+0001, since no source or host name holds a U+0000. PostgreSQL seeks a greater-than
     * range directly, and its collations may order control characters otherwise, so it is asked just that.
     */
    private static String next(PreparedStatement ps, int key, String after, long maxReadId, boolean h2)
            throws SQLException {
        ps.setString(key, h2 ? after + '\u0001' : after);
        ps.setLong(key + 1, maxReadId);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static boolean readBy(PreparedStatement ps, String source, String host, Instant at) throws SQLException {
        ps.setString(1, source);
        ps.setString(2, host);
        Jdbc.setInstant(ps, 3, at);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
