package dev.commandcenter.log;

import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SourceRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The read side of the observation log: everything a projection needs to compute a view at an
 * instant T from the log alone. Never writes. Instants within the recent log ({@link LogTail}) are
 * answered from memory, identically; older ones from the database.
 */
@ApplicationScoped
public class LogReader {

    /** How long after it vanished a subject is still listed by {@link #goneAt}. */
    public static final Duration GONE_KEPT = Checkpoints.GONE_KEPT;

    private static final String DELIVERED = "('ok', 'partial', 'degraded')";

    /** Ordered by the whole index, descending: see {@link #readsBefore}. */
    static final String LAST_PRESENT_BEFORE = "SELECT " + Jdbc.OBSERVATION_COLUMNS
            + " FROM observation WHERE source = ? AND subject = ? AND observed_at < ? AND gone = FALSE"
            + " ORDER BY source DESC, subject DESC, observed_at DESC, seq DESC FETCH FIRST 1 ROW ONLY";

    /** Which host stored a read never changes: remembered, so views do not ask again at every instant. */
    private static final int MAX_READ_HOSTS = 100_000;

    /**
     * Characters of payload in the past states kept from the database: every source of a replayed brief
     * at one instant of a `fleet` log, not several instants' worth. Counted, not entries: an entry of
     * Gitea weighs a thousand of a heartbeat source's, and eight of them stayed in the heap long after
     * their replays.
     */
    private static final long PAST_STATES_KEPT_CHARS = 16L << 20;

    /**
     * Characters of payload of the checkpoints kept decoded, with the changes read after them: a day
     * of Gitea on the `fleet` log (its checkpoint's 3.75 M characters and a day of its changes) and the
     * small sources' recent checkpoints. Mostly the same texts as {@link #PAST_STATES_KEPT_CHARS}.
     */
    private static final long CHECKPOINTS_KEPT_CHARS = 16L << 20;

    private final DataSource dataSource;
    private final LogTail tail;
    private final Map<Long, String> readHosts = new ConcurrentHashMap<>();
    private final LinkedHashMap<StatesAt, KnownStates> pastStates = new LinkedHashMap<>(16, 0.75f, true);
    private long pastStatesChars;
    private final CheckpointStates checkpoints = new CheckpointStates(CHECKPOINTS_KEPT_CHARS);

    /** A reader of the database alone. */
    public LogReader(DataSource dataSource) {
        this(dataSource, null);
    }

    @Inject
    public LogReader(DataSource dataSource, LogTail tail) {
        this.dataSource = dataSource;
        this.tail = tail;
    }

    /** A number that changes whenever the log grows: what a view computed from it can be cached by. */
    public long position() {
        return tail == null ? -1 : tail.position();
    }

    /**
     * When this process' reader reached its current {@link #position}: a view computed for an earlier
     * instant may lack what arrived by then; {@link Instant#MIN} for a reader of the database alone.
     */
    public Instant positionSince() {
        return tail == null ? Instant.MIN : tail.positionSince();
    }

    /**
     * The oldest instant among what the log gained after {@code position}; null when nothing, and
     * {@link Instant#MIN} when unknown (always so for a reader of the database alone).
     */
    public Instant earliestChangeSince(long position) {
        return tail == null ? Instant.MIN : tail.earliestChangeSince(position);
    }

    private Optional<RecentLog> recentAt(Instant at) {
        return tail == null ? Optional.empty() : tail.covering(at);
    }

    private Optional<RecentLog> recentWithin(Instant from, Instant to) {
        return tail == null ? Optional.empty() : tail.covering(from, to);
    }

    /** The current content of every subject of a source that was present at {@code at}, ordered by subject. */
    public List<Observation> latestAt(String source, Instant at) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            return recent.get().latestAt(source, at);
        }
        return statesFromDatabase(source, at).stream().filter(o -> !o.gone()).toList();
    }

    /**
     * Every subject of a source that had vanished at {@code at}, within the last {@link #GONE_KEPT} before
     * it: its gone row, observed when it vanished. (Checkpoints carry vanished subjects that long.) Empty for a
     * source whose vanished subjects are ended work ({@link KnownSource.Vanishing#WORK_ENDED}: closed issues
     * and pull requests, tasks taken from the queue), which checkpoints do not carry.
     */
    public List<Observation> goneAt(String source, Instant at) {
        if (!Checkpoints.carriesVanished(source)) {
            return List.of();
        }
        Optional<RecentLog> recent = recentAt(at);
        List<Observation> gone = recent.isPresent()
                ? recent.get().goneAt(source, at)
                : statesFromDatabase(source, at).stream()
                        .filter(Observation::gone)
                        .toList();
        Instant since = at.minus(GONE_KEPT);
        return gone.stream().filter(o -> o.observedAt().isAfter(since)).toList();
    }

    /**
     * Every subject's state at {@code at} as the database holds it, ordered by subject. The last few
     * are kept while nothing at or before their instant is added to the log: a replayed brief asks
     * for the same source at the same instant from several views (Gitea from three).
     */
    private List<Observation> statesFromDatabase(String source, Instant at) {
        long now = position();
        StatesAt key = new StatesAt(source, at);
        synchronized (pastStates) {
            KnownStates known = pastStates.get(key);
            if (known != null) {
                Instant changed = known.position() == now ? null : earliestChangeSince(known.position());
                if (changed == null || changed.isAfter(at)) {
                    return known.states();
                }
            }
        }
        List<Observation> states;
        try (Connection connection = dataSource.getConnection()) {
            states = SubjectStates.at(connection, source, at, checkpoints).values().stream()
                    .sorted(Comparator.comparing(Observation::subject))
                    .toList();
        } catch (SQLException e) {
            throw new LogReadFailed("log query failed: " + e.getMessage(), e);
        }
        if (tail != null) {
            keep(key, new KnownStates(now, states));
        }
        return states;
    }

    private record StatesAt(String source, Instant at) {}

    private void keep(StatesAt key, KnownStates known) {
        synchronized (pastStates) {
            KnownStates before = pastStates.put(key, known);
            pastStatesChars += known.chars() - (before == null ? 0 : before.chars());
            for (var it = pastStates.values().iterator(); pastStatesChars > PAST_STATES_KEPT_CHARS && it.hasNext(); ) {
                KnownStates eldest = it.next();
                if (eldest == known) {
                    break;
                }
                pastStatesChars -= eldest.chars();
                it.remove();
            }
        }
    }

    private record KnownStates(long position, List<Observation> states, long chars) {
        KnownStates(long position, List<Observation> states) {
            this(
                    position,
                    states,
                    states.stream()
                            .mapToLong(
                                    o -> o.payload() == null ? 0 : o.payload().length())
                            .sum());
        }
    }

    /** The newest observation of one subject before {@code before} that is not a gone row; empty if none. */
    public Optional<Observation> lastPresentBefore(String source, String subject, Instant before) {
        Optional<Observation> remembered = recentAt(before).map(r -> r.lastPresentBefore(source, subject, before));
        if (remembered.isPresent()) {
            return remembered;
        }
        return observations(LAST_PRESENT_BEFORE, ps -> {
                    ps.setString(1, source);
                    ps.setString(2, subject);
                    Jdbc.setInstant(ps, 3, before);
                })
                .stream()
                .findFirst();
    }

    /** Every stored change of one subject observed within [from, to], oldest first. */
    public List<Observation> history(String source, String subject, Instant from, Instant to) {
        Optional<RecentLog> recent = recentWithin(from, to);
        if (recent.isPresent()) {
            return recent.get().history(source, subject, from, to);
        }
        String sql = "SELECT " + Jdbc.OBSERVATION_COLUMNS + " FROM observation WHERE source = ? AND subject = ?"
                + " AND observed_at >= ? AND observed_at <= ? ORDER BY observed_at, seq";
        return observations(sql, ps -> {
            ps.setString(1, source);
            ps.setString(2, subject);
            Jdbc.setInstant(ps, 3, from);
            Jdbc.setInstant(ps, 4, to);
        });
    }

    /** The newest read of a source finished at or before {@code at}. */
    public Optional<SourceRead> lastRead(String source, Instant at) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            return recent.get().lastRead(source, null, at, false);
        }
        return reads(source, null, at, 1, false).stream().findFirst();
    }

    /** The newest read at or before {@code at} that delivered data (ok, partial or degraded). */
    public Optional<SourceRead> lastDeliveringRead(String source, Instant at) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            return recent.get().lastRead(source, null, at, true);
        }
        return reads(source, null, at, 1, true).stream().findFirst();
    }

    /** The newest read of a source by one collector host, finished at or before {@code at}. */
    public Optional<SourceRead> lastRead(String source, String host, Instant at) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            return recent.get().lastRead(source, host, at, false);
        }
        return reads(source, host, at, 1, false).stream().findFirst();
    }

    /** The newest read of a source by one collector host at or before {@code at} that delivered data. */
    public Optional<SourceRead> lastDeliveringRead(String source, String host, Instant at) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            return recent.get().lastRead(source, host, at, true);
        }
        return reads(source, host, at, 1, true).stream().findFirst();
    }

    /** The newest {@code limit} reads of a source at or before {@code at}, newest first. */
    public List<SourceRead> recentReads(String source, Instant at, int limit) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            // Memory keeps one read before its start: fewer than asked may mean older ones exist.
            List<SourceRead> reads = recent.get().recentReads(source, at, limit);
            if (reads.size() >= Math.max(1, limit)) {
                return reads;
            }
        }
        return reads(source, null, at, limit, false);
    }

    /**
     * Streams the observations of one source (or all, when null) observed within [from, to], in log
     * order, without holding them in memory: for export and audit.
     */
    public void stream(String source, Instant from, Instant to, Consumer<Observation> sink) {
        Optional<RecentLog> recent = recentWithin(from, to);
        if (recent.isPresent()) {
            recent.get().stream(source, from, to, sink);
            return;
        }
        String sql =
                "SELECT " + Jdbc.OBSERVATION_COLUMNS + " FROM observation WHERE observed_at >= ? AND observed_at <= ?"
                        + (source == null ? "" : " AND source = ?") + " ORDER BY seq";
        query(
                sql,
                ps -> {
                    ps.setFetchSize(500);
                    Jdbc.setInstant(ps, 1, from);
                    Jdbc.setInstant(ps, 2, to);
                    if (source != null) {
                        ps.setString(3, source);
                    }
                },
                rs -> sink.accept(Jdbc.observation(rs)));
    }

    /** Every read of a source finished within [from, to], oldest first. */
    public List<SourceRead> readsBetween(String source, Instant from, Instant to) {
        Optional<RecentLog> recent = recentWithin(from, to);
        if (recent.isPresent()) {
            return recent.get().readsBetween(source, from, to);
        }
        String sql = "SELECT " + Jdbc.READ_COLUMNS + " FROM source_read WHERE source = ? AND finished_at >= ?"
                + " AND finished_at <= ? ORDER BY finished_at, id";
        List<SourceRead> reads = new ArrayList<>();
        query(
                sql,
                ps -> {
                    ps.setString(1, source);
                    Jdbc.setInstant(ps, 2, from);
                    Jdbc.setInstant(ps, 3, to);
                },
                rs -> reads.add(Jdbc.sourceRead(rs)));
        return reads;
    }

    /** When the log begins: the first read's finish, if any. */
    public Optional<Instant> firstInstant() {
        return instant("SELECT MIN(finished_at) FROM source_read", ps -> {});
    }

    /** The newest instant before {@code at} at which some subject changed. */
    public Optional<Instant> changeBefore(Instant at) {
        // ORDER BY + FETCH FIRST walks the index from the bound; MAX with a range would scan the whole range.
        return instant(
                "SELECT observed_at FROM observation WHERE observed_at < ? ORDER BY observed_at DESC"
                        + " FETCH FIRST 1 ROW ONLY",
                ps -> Jdbc.setInstant(ps, 1, at));
    }

    /** The oldest instant after {@code at} at which some subject changed. */
    public Optional<Instant> changeAfter(Instant at) {
        return instant(
                "SELECT observed_at FROM observation WHERE observed_at > ? ORDER BY observed_at"
                        + " FETCH FIRST 1 ROW ONLY",
                ps -> Jdbc.setInstant(ps, 1, at));
    }

    private Optional<Instant> instant(String sql, Binder binder) {
        List<Instant> found = new ArrayList<>();
        query(sql, binder, rs -> found.add(Jdbc.instant(rs, 1)));
        return found.stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * The characters of payload of every subject present now, as the recent log holds them: what the
     * views at now decode; 0 while it is not loaded (or in a reader of the database alone).
     */
    public long presentChars() {
        Optional<RecentLog> recent = tail == null ? Optional.empty() : tail.any();
        return recent.map(RecentLog::presentChars).orElse(0L);
    }

    /** Every source that has at least one read in the log. */
    public List<String> sourcesRead() {
        Optional<RecentLog> recent = tail == null ? Optional.empty() : tail.any();
        if (recent.isPresent()) {
            return recent.get().sourcesRead();
        }
        try (Connection connection = dataSource.getConnection()) {
            return ReadKeys.sources(connection, Long.MAX_VALUE);
        } catch (SQLException e) {
            throw new LogReadFailed("log query failed: " + e.getMessage(), e);
        }
    }

    /** Every collector host that read a source at or before {@code at}, by name. */
    public List<String> hostsRead(String source, Instant at) {
        Optional<RecentLog> recent = recentAt(at);
        if (recent.isPresent()) {
            return recent.get().hostsRead(source, at);
        }
        try (Connection connection = dataSource.getConnection()) {
            return ReadKeys.hosts(connection, source, at, Long.MAX_VALUE);
        } catch (SQLException e) {
            throw new LogReadFailed("log query failed: " + e.getMessage(), e);
        }
    }

    /** The collector host of each of some reads, by read id: which host stored an observation. */
    public Map<Long, String> hostsOfReads(Collection<Long> readIds) {
        Map<Long, String> hosts = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : readIds) {
            String host = readHosts.get(id);
            if (host == null) {
                unknown.add(id);
            } else {
                hosts.put(id, host);
            }
        }
        if (unknown.isEmpty()) {
            return hosts;
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, String> found = ReadHosts.of(connection, unknown);
            if (readHosts.size() + found.size() > MAX_READ_HOSTS) {
                readHosts.clear();
            }
            readHosts.putAll(found);
            hosts.putAll(found);
            return hosts;
        } catch (SQLException e) {
            throw new LogReadFailed("log query failed: " + e.getMessage(), e);
        }
    }

    private List<SourceRead> reads(String source, String host, Instant at, int limit, boolean deliveringOnly) {
        String sql = readsBefore(host != null, deliveringOnly, limit);
        List<SourceRead> reads = new ArrayList<>();
        query(
                sql,
                ps -> {
                    ps.setString(1, source);
                    Jdbc.setInstant(ps, 2, at);
                    if (host != null) {
                        ps.setString(3, host);
                    }
                },
                rs -> reads.add(Jdbc.sourceRead(rs)));
        return reads;
    }

    /**
     * The newest reads of a source (and host) at or before an instant. Ordered by every column of the
     * index, descending, so the database walks the index back from the instant and stops after
     * {@code limit}; ordered by the time alone it sorted every read before the instant first.
     */
    static String readsBefore(boolean byHost, boolean deliveringOnly, int limit) {
        return "SELECT " + Jdbc.READ_COLUMNS + " FROM source_read WHERE source = ? AND finished_at <= ?"
                + (byHost ? " AND host = ?" : "")
                + (deliveringOnly ? " AND outcome IN " + DELIVERED : "")
                + " ORDER BY source DESC" + (byHost ? ", host DESC" : "") + ", finished_at DESC, id DESC"
                + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
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

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }
}
