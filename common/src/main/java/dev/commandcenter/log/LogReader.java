package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SourceRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The read side of the observation log: everything a projection needs to compute a view at an
 * instant T from the log alone. Never writes.
 */
@ApplicationScoped
public class LogReader {

    private static final String LATEST_AT = "SELECT " + prefixed("o", Jdbc.OBSERVATION_COLUMNS)
            + " FROM subject s JOIN observation o ON o.seq = ("
            + "  SELECT i.seq FROM observation i WHERE i.source = s.source AND i.subject = s.subject"
            + "  AND i.observed_at <= ? ORDER BY i.seq DESC FETCH FIRST 1 ROW ONLY)"
            + " WHERE s.source = ? AND o.gone = FALSE ORDER BY o.subject";

    private static final String DELIVERED = "('ok', 'partial', 'degraded')";

    private final DataSource dataSource;

    @Inject
    public LogReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The current content of every subject of a source that was present at {@code at}, ordered by subject. */
    public List<Observation> latestAt(String source, Instant at) {
        return observations(LATEST_AT, ps -> {
            Jdbc.setInstant(ps, 1, at);
            ps.setString(2, source);
        });
    }

    /** Every stored change of one subject observed within [from, to], oldest first. */
    public List<Observation> history(String source, String subject, Instant from, Instant to) {
        String sql = "SELECT " + Jdbc.OBSERVATION_COLUMNS + " FROM observation WHERE source = ? AND subject = ?"
                + " AND observed_at >= ? AND observed_at <= ? ORDER BY seq";
        return observations(sql, ps -> {
            ps.setString(1, source);
            ps.setString(2, subject);
            Jdbc.setInstant(ps, 3, from);
            Jdbc.setInstant(ps, 4, to);
        });
    }

    /** The newest read of a source finished at or before {@code at}. */
    public Optional<SourceRead> lastRead(String source, Instant at) {
        return reads(source, null, at, 1, false).stream().findFirst();
    }

    /** The newest read at or before {@code at} that delivered data (ok, partial or degraded). */
    public Optional<SourceRead> lastDeliveringRead(String source, Instant at) {
        return reads(source, null, at, 1, true).stream().findFirst();
    }

    /** The newest read of a source by one collector host, finished at or before {@code at}. */
    public Optional<SourceRead> lastRead(String source, String host, Instant at) {
        return reads(source, host, at, 1, false).stream().findFirst();
    }

    /** The newest read of a source by one collector host at or before {@code at} that delivered data. */
    public Optional<SourceRead> lastDeliveringRead(String source, String host, Instant at) {
        return reads(source, host, at, 1, true).stream().findFirst();
    }

    /** The newest {@code limit} reads of a source at or before {@code at}, newest first. */
    public List<SourceRead> recentReads(String source, Instant at, int limit) {
        return reads(source, null, at, limit, false);
    }

    /** Every source that has at least one read in the log. */
    public List<String> sourcesRead() {
        List<String> sources = new ArrayList<>();
        query("SELECT DISTINCT source FROM source_read ORDER BY source", ps -> {
        }, rs -> sources.add(rs.getString(1)));
        return sources;
    }

    /** Every collector host that read a source at or before {@code at}, by name. */
    public List<String> hostsRead(String source, Instant at) {
        List<String> hosts = new ArrayList<>();
        query("SELECT DISTINCT host FROM source_read WHERE source = ? AND finished_at <= ? ORDER BY host", ps -> {
            ps.setString(1, source);
            Jdbc.setInstant(ps, 2, at);
        }, rs -> hosts.add(rs.getString(1)));
        return hosts;
    }

    private List<SourceRead> reads(String source, String host, Instant at, int limit, boolean deliveringOnly) {
        String sql = "SELECT " + Jdbc.READ_COLUMNS + " FROM source_read WHERE source = ? AND finished_at <= ?"
                + (host == null ? "" : " AND host = ?")
                + (deliveringOnly ? " AND outcome IN " + DELIVERED : "")
                + " ORDER BY finished_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        List<SourceRead> reads = new ArrayList<>();
        query(sql, ps -> {
            ps.setString(1, source);
            Jdbc.setInstant(ps, 2, at);
            if (host != null) {
                ps.setString(3, host);
            }
        }, rs -> reads.add(Jdbc.sourceRead(rs)));
        return reads;
    }

    private List<Observation> observations(String sql, Binder binder) {
        List<Observation> out = new ArrayList<>();
        query(sql, binder, rs -> out.add(Jdbc.observation(rs)));
        return out;
    }

    private void query(String sql, Binder binder, RowConsumer consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new LogReadFailed("log query failed: " + e.getMessage(), e);
        }
    }

    private static String prefixed(String alias, String columns) {
        return alias + "." + columns.replace(", ", ", " + alias + ".");
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }
}
