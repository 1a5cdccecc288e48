package dev.commandcenter.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commandcenter.log.LogReadFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The state ledger's tables (derived data, append-only): ledgers, their changes, and the seals
 * that say how far each is complete, some carrying every subject's held state. A query for the newest
 * row orders by every column of its index, descending, so the database walks the index back from the
 * end instead of sorting all the rows before it.
 */
@ApplicationScoped
public class LedgerStore {

    /** One ledger: a host's changes of one kind by one projection version, from {@code startsAt}. */
    public record Ledger(long id, Instant startsAt) {}

    /** Every subject's held state at an instant, as a seal recorded it. */
    public record Snapshot(Instant at, Map<String, Held> held) {}

    private static final Instant MIN = Instant.ofEpochSecond(Long.MIN_VALUE / 1_000_000_000L + 1);
    private static final Instant MAX = Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L - 1);

    /** Held states of a seal's snapshot kept at most, counted by subject: a day of replays' snapshots of every kind. */
    static final long SNAPSHOT_KEPT_SUBJECTS = 100_000;

    private record SnapshotKey(long ledger, Instant at) {}

    private final DataSource dataSource;

    /**
     * Snapshots read, by ledger and instant: a seal never changes once written, and replays of nearby
     * instants (and the several views of one replayed brief) start from the same one, which would
     * otherwise be read and parsed again for every subject it holds.
     */
    private final Cache<SnapshotKey, Snapshot> snapshots = Caffeine.newBuilder()
            .maximumWeight(SNAPSHOT_KEPT_SUBJECTS)
            .weigher((SnapshotKey key, Snapshot snapshot) -> snapshot.held().size() + 1)
            // upkeep on the caller's thread: no pool thread of its own
            .executor(Runnable::run)
            .build();

    @Inject
    public LedgerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The newest ledger of a host, kind and version, if any. */
    public Optional<Ledger> newest(String host, SubjectKind kind, int version) {
        return query(
                        "SELECT id, starts_at FROM state_ledger WHERE host = ? AND kind = ? AND version = ?"
                                + " ORDER BY host DESC, kind DESC, version DESC, id DESC FETCH FIRST 1 ROW ONLY",
                        ps -> {
                            ps.setString(1, host);
                            ps.setString(2, kind.wire());
                            ps.setInt(3, version);
                        },
                        rs -> new Ledger(rs.getLong(1), nanos(rs, 2)))
                .stream()
                .findFirst();
    }

    public Ledger open(String host, SubjectKind kind, int version, Instant startsAt, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO state_ledger (host, kind, version, starts_at, created_at) VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, host);
            ps.setString(2, kind.wire());
            ps.setInt(3, version);
            ps.setLong(4, nanos(startsAt));
            setInstant(ps, 5, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Ledger(keys.getLong(1), startsAt);
            }
        } catch (SQLException e) {
            throw new LogReadFailed("the state ledger could not be opened: " + e.getMessage(), e);
        }
    }

    /** Appends changes and the seal that says the ledger is complete through {@code through}, in one transaction. */
    public void seal(
            Ledger ledger, List<StateChange> changes, Instant through, long logPosition, Map<String, Held> snapshot) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO state_change"
                        + " (ledger_id, subject, changed_at, state, evidence) VALUES (?, ?, ?, ?, ?)")) {
                    for (StateChange change : changes) {
                        ps.setLong(1, ledger.id());
                        ps.setString(2, change.subject());
                        ps.setLong(3, nanos(change.at()));
                        ps.setString(4, change.state());
                        ps.setString(5, EvidenceText.of(change.evidence()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO state_seal (ledger_id, sealed_through, log_position, states) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, ledger.id());
                    ps.setLong(2, nanos(through));
                    ps.setLong(3, logPosition);
                    ps.setString(4, snapshot == null ? null : HeldText.of(snapshot));
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LogReadFailed("the state ledger could not be sealed: " + e.getMessage(), e);
        }
    }

    /** How far a ledger is complete, and the log position it had seen then. */
    public record Seal(Instant through, long logPosition) {}

    /** The ledger's newest seal; empty before its first. */
    public Optional<Seal> newestSeal(Ledger ledger) {
        return query(
                        "SELECT sealed_through, log_position FROM state_seal WHERE ledger_id = ?"
                                + " ORDER BY ledger_id DESC, sealed_through DESC, id DESC FETCH FIRST 1 ROW ONLY",
                        ps -> ps.setLong(1, ledger.id()),
                        rs -> new Seal(nanos(rs, 1), rs.getLong(2)))
                .stream()
                .findFirst();
    }

    /** The oldest instant among what the log gained after {@code position}; null when nothing. */
    public Instant earliestLogChangeAfter(long position) {
        Instant reads = single("SELECT MIN(finished_at) FROM source_read WHERE id > ?", position);
        Instant observations = single("SELECT MIN(observed_at) FROM observation WHERE read_id > ?", position);
        if (reads == null || (observations != null && observations.isBefore(reads))) {
            return observations;
        }
        return reads;
    }

    /** When the log begins: its first read; null when it is empty. */
    public Instant logStart() {
        return single("SELECT MIN(started_at) FROM source_read WHERE id > ?", -1L);
    }

    private Instant single(String sql, long after) {
        return query(sql, ps -> ps.setLong(1, after), rs -> instant(rs, 1)).get(0);
    }

    /** The newest snapshot at or before {@code at}. */
    public Optional<Snapshot> snapshotAtOrBefore(Ledger ledger, Instant at) {
        return query(
                        "SELECT sealed_through FROM state_seal WHERE ledger_id = ? AND sealed_through <= ?"
                                + " AND states IS NOT NULL"
                                + " ORDER BY ledger_id DESC, sealed_through DESC, id DESC FETCH FIRST 1 ROW ONLY",
                        ps -> {
                            ps.setLong(1, ledger.id());
                            ps.setLong(2, nanos(at));
                        },
                        rs -> nanos(rs, 1))
                .stream()
                .findFirst()
                .map(through -> snapshots.get(new SnapshotKey(ledger.id(), through), this::snapshot));
    }

    private Snapshot snapshot(SnapshotKey key) {
        return query(
                        "SELECT states FROM state_seal WHERE ledger_id = ? AND sealed_through = ?"
                                + " AND states IS NOT NULL"
                                + " ORDER BY ledger_id DESC, sealed_through DESC, id DESC FETCH FIRST 1 ROW ONLY",
                        ps -> {
                            ps.setLong(1, key.ledger());
                            ps.setLong(2, nanos(key.at()));
                        },
                        rs -> new Snapshot(key.at(), Map.copyOf(HeldText.parse(rs.getString(1)))))
                .get(0);
    }

    /** The changes within (after, to], oldest first; of one subject, or of all when empty. */
    public List<StateChange> changes(Ledger ledger, Optional<String> subject, Instant after, Instant to) {
        String sql = "SELECT subject, state, changed_at, evidence FROM state_change WHERE ledger_id = ?"
                + (subject.isPresent() ? " AND subject = ?" : "")
                + " AND changed_at > ? AND changed_at <= ? ORDER BY changed_at, subject";
        return query(
                sql,
                ps -> {
                    int i = 1;
                    ps.setLong(i++, ledger.id());
                    if (subject.isPresent()) {
                        ps.setString(i++, subject.get());
                    }
                    ps.setLong(i++, nanos(after));
                    ps.setLong(i, nanos(to));
                },
                rs -> new StateChange(
                        rs.getString(1),
                        stateName(rs.getString(2)),
                        nanos(rs, 3),
                        EvidenceText.parse(rs.getString(4))));
    }

    /** A handful of state names, each on thousands of changes: one string each; null when the subject left. */
    private static String stateName(String state) {
        return state == null ? null : state.intern();
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.of(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LogReadFailed("state ledger query failed: " + e.getMessage(), e);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** An instant as the ledger stores it: nanoseconds since the epoch, clamped to what a long holds. */
    static long nanos(Instant at) {
        if (at.isBefore(MIN) || at.isAfter(MAX)) {
            return at.isBefore(MIN) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static Instant nanos(ResultSet rs, int column) throws SQLException {
        long n = rs.getLong(column);
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }
}
