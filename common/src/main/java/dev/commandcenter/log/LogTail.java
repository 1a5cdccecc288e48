package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SourceRead;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Keeps the {@link RecentLog} caught up with the log: loaded once (every subject's state at
 * {@code now - window}, then everything after it), then tailed by read id. Before it answers, it
 * applies what was committed since it last looked, so a view never misses a committed poll; a
 * database it cannot read leaves the database path to fail loudly instead.
 */
@ApplicationScoped
public class LogTail {

    /** How often the database is asked for new reads when nothing in this process appended. */
    static final Duration LOOK_EVERY = Duration.ofMillis(200);

    /** How far past now the recent log holds what was observed (by a collector whose clock runs ahead). */
    static final Duration LOOK_AHEAD = Duration.ofHours(1);

    /** Sequence numbers read per query while loading: see {@link #observationsWithin}. */
    static final int CHUNK = 16_384;

    /** How often the recent log is checked against {@link #maxChanges} once loaded. */
    private static final Duration BOUND_EVERY = Duration.ofMinutes(1);

    /** How many looks are remembered for {@link #earliestChangeSince}; older positions invalidate everything. */
    private static final int MAX_BATCHES = 4096;

    private final DataSource dataSource;
    private final Clock clock;
    private final LogProgress progress;
    private final Duration window;
    private final int maxChanges;
    private final Duration minWindow;
    private final int chunk;
    private final Object catchingUp = new Object();
    private volatile RecentLog recent;
    private volatile long lastReadId = -1;
    private volatile RecentLog pinned;
    private volatile long seenProgress = -1;
    private volatile Instant lastLook = Instant.EPOCH;
    private volatile Instant lastBounded = Instant.EPOCH;
    private volatile Instant positionSince = Instant.EPOCH;
    private volatile int loadedChanges;
    private final ArrayDeque<Batch> batches = new ArrayDeque<>();

    /** What one look applied: reads after {@code from} up to {@code to}, the oldest instant among them. */
    private record Batch(long from, long to, Instant earliest) {}

    @Inject
    public LogTail(DataSource dataSource, Clock clock, LogProgress progress, RecentLogConfig config) {
        this(dataSource, clock, progress, config.window(), config.maxChanges(), config.minWindow(), CHUNK);
    }

    /** A recent log bounded by its window alone. */
    public LogTail(DataSource dataSource, Clock clock, LogProgress progress, Duration window) {
        this(dataSource, clock, progress, window, Integer.MAX_VALUE, window, CHUNK);
    }

    LogTail(
            DataSource dataSource,
            Clock clock,
            LogProgress progress,
            Duration window,
            int maxChanges,
            Duration minWindow,
            int chunk) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.progress = progress;
        this.window = window;
        this.maxChanges = maxChanges;
        this.minWindow = minWindow;
        this.chunk = chunk;
    }

    /** The recent log, caught up, when it answers for {@code at}; else a pinned span that does; empty when the database must. */
    Optional<RecentLog> covering(Instant at) {
        RecentLog log = caughtUp();
        if (log != null && log.covers(at)) {
            return Optional.of(log);
        }
        RecentLog span = pinned;
        return span != null && span.covers(at) ? Optional.of(span) : Optional.empty();
    }

    /** The recent log, caught up, when it holds everything of the window [from, to]; else a pinned span that does. */
    Optional<RecentLog> covering(Instant from, Instant to) {
        RecentLog log = caughtUp();
        if (log != null && log.covers(from, to)) {
            return Optional.of(log);
        }
        RecentLog span = pinned;
        return span != null && span.covers(from, to) ? Optional.of(span) : Optional.empty();
    }

    /** Whether the recent log, caught up, holds everything of the window [from, to] (a pinned span not counted). */
    public boolean holds(Instant from, Instant to) {
        RecentLog log = caughtUp();
        return log != null && log.covers(from, to);
    }

    /**
     * Holds the log of [start, end] in memory until the returned handle is closed, so a walk through
     * the past (a rebuild of derived history) reads memory, not the database, at every instant. One
     * span at a time; what is appended meanwhile with an instant inside the span is not in it, which
     * the walker learns from {@link #earliestChangeSince}.
     */
    public Pin pin(Instant start, Instant end) {
        try {
            RecentLog span = load(start, end, false);
            pinned = span;
            return () -> {
                if (pinned == span) {
                    pinned = null;
                }
            };
        } catch (SQLException e) {
            throw new LogReadFailed("the log of " + start + " to " + end + " could not be read: " + e.getMessage(), e);
        }
    }

    /** A span of the past held in memory; closing it lets it go. */
    @FunctionalInterface
    public interface Pin extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The log's newest read as the database has it now (0 when it has none): the {@link #position} this
     * reader reaches at its next look, known without loading the recent log.
     */
    public long storedPosition() {
        try (Connection connection = dataSource.getConnection()) {
            return maxReadId(connection);
        } catch (SQLException e) {
            throw new LogReadFailed("the log's newest read could not be read: " + e.getMessage(), e);
        }
    }

    /** Whether the recent log was loaded: the first question that needs it loads it, and waits for that. */
    public boolean loaded() {
        return recent != null;
    }

    /** The recent log, caught up, whatever instant is asked: for questions about the log as a whole. */
    Optional<RecentLog> any() {
        return Optional.ofNullable(caughtUp());
    }

    /** Applies what was committed since the last look; the engine's tick in a views-only process. */
    public void catchUp() {
        caughtUp();
    }

    /** A number that changes whenever the log seen by the views changes: the newest read applied. */
    public long position() {
        caughtUp();
        return lastReadId;
    }

    /** When (by this process' clock) the log reached its current {@link #position}. */
    public Instant positionSince() {
        caughtUp();
        return positionSince;
    }

    /**
     * The oldest instant (observation or read) among what was applied after {@code position}: what
     * a state computed then for a later instant may have missed. Null when nothing was applied;
     * {@link Instant#MIN} when that is no longer known.
     */
    public Instant earliestChangeSince(long position) {
        synchronized (catchingUp) {
            if (position == lastReadId) {
                return null;
            }
            if (batches.isEmpty() || batches.peekFirst().from() > position) {
                return Instant.MIN;
            }
            Instant earliest = null;
            for (Batch batch : batches) {
                if (batch.to() > position
                        && (earliest == null || batch.earliest().isBefore(earliest))) {
                    earliest = batch.earliest();
                }
            }
            return earliest;
        }
    }

    private RecentLog caughtUp() {
        try {
            synchronized (catchingUp) {
                Instant now = clock.instant();
                if (recent == null) {
                    batches.clear();
                    // Read before the load: an append committed while it runs must still count as unseen.
                    long version = progress.version();
                    recent = load(now.minus(window), now.plus(LOOK_AHEAD), true);
                    lastLook = now;
                    seenProgress = version;
                } else if (progress.version() != seenProgress || !now.isBefore(lastLook.plus(LOOK_EVERY))) {
                    seenProgress = progress.version();
                    lastLook = now;
                    tail(recent);
                    if (now.plus(LOOK_AHEAD.dividedBy(2)).isAfter(recent.horizon())) {
                        extend(recent, now.plus(LOOK_AHEAD));
                    }
                    Instant start = now.minus(window);
                    if (start.isAfter(recent.start().plus(window.dividedBy(8)))) {
                        recent.pruneBefore(start);
                    }
                    if (!now.isBefore(lastBounded.plus(BOUND_EVERY))) {
                        lastBounded = now;
                        bound(recent, now);
                    }
                }
                return recent;
            }
        } catch (SQLException | RuntimeException e) {
            Log.warnf("the recent log could not be brought up to date; views read the database: %s", e.getMessage());
            recent = null;
            return null;
        }
    }

    /**
     * Keeps the recent log within {@link #maxChanges}: past it, starts it later, at three quarters of
     * the bound, so that it is not cut again at every poll; but never later than {@link #minWindow}
     * before now, which the views at now read at every renewal.
     */
    private void bound(RecentLog log, Instant now) {
        if (log.changeCount() > maxChanges) {
            Instant cut = log.startKeeping(maxChanges / 4 * 3);
            Instant floor = now.minus(minWindow);
            log.pruneBefore(cut.isAfter(floor) ? floor : cut);
        }
    }

    /** The log of [start, horizon] as it is committed now; {@code tailed}: the recent log, tailed from here on. */
    private RecentLog load(Instant windowStart, Instant horizon, boolean tailed) throws SQLException {
        long began = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Instant start =
                    tailed ? boundedStart(connection, windowStart, windowStart.plus(window), horizon) : windowStart;
            RecentLog log = new RecentLog(start, horizon);
            long maxRead = maxReadId(connection);
            for (String source : ReadKeys.sources(connection, maxRead)) {
                for (Observation o : SubjectStates.at(connection, source, start).values()) {
                    log.addBase(o);
                }
                for (String host : ReadKeys.hosts(connection, source, null, maxRead)) {
                    for (boolean delivering : new boolean[] {false, true}) {
                        baseRead(connection, source, host, start, delivering).ifPresent(log::addBaseRead);
                    }
                }
            }
            List<SourceRead> reads = readsWithin(connection, start, horizon, maxRead);
            log.apply(reads, List.of());
            int changes = observationsWithin(connection, start, horizon, maxRead, part -> {
                log.apply(List.of(), part);
                if (tailed) {
                    bound(log, windowStart.plus(window));
                }
            });
            if (!tailed) {
                return log;
            }
            lastReadId = maxRead;
            positionSince = clock.instant();
            loadedChanges = changes;
            Log.infof(
                    "recent log loaded: %d reads and %d changes after %s, in %d ms",
                    reads.size(), changes, start, (System.nanoTime() - began) / 1_000_000);
            if (log.start().isAfter(windowStart)) {
                Log.infof(
                        "the recent log holds the newest %d changes, from %s: the window of %s holds more than"
                                + " command-center.recent-log.max-changes (%d); older instants are read from the database",
                        log.changeCount(), log.start(), window, maxChanges);
            }
            return log;
        }
    }

    /**
     * Where a load starts: the window's start, or, when the log holds more than {@link #maxChanges} changes,
     * the instant of the change three quarters of the bound before the newest up to the horizon if that is later (but never
     * later than {@link #minWindow} before {@code now}). Found from the sequence numbers before anything is
     * read: a busy forge's eight hours are 350,000 changes, read and decoded only to keep the last 75,000.
     * Approximate where sequence numbers were skipped or stored late; {@link #bound} corrects it as it loads.
     */
    private Instant boundedStart(Connection connection, Instant windowStart, Instant now, Instant horizon)
            throws SQLException {
        // The newest change up to the horizon, walked back along the observation_at index: changes observed
        // later (a clock ahead) are not held yet and do not count.
        long[] newest = {0};
        query(
                connection,
                "SELECT seq FROM observation WHERE observed_at <= ? ORDER BY observed_at DESC FETCH FIRST 1 ROW ONLY",
                ps -> Jdbc.setInstant(ps, 1, horizon),
                rs -> newest[0] = rs.getLong(1));
        long kept = maxChanges / 4 * 3;
        if (newest[0] <= kept) {
            return windowStart;
        }
        Instant[] at = {null};
        query(
                connection,
                "SELECT observed_at FROM observation WHERE seq <= ? ORDER BY seq DESC FETCH FIRST 1 ROW ONLY",
                ps -> ps.setLong(1, newest[0] - kept),
                rs -> at[0] = Jdbc.instant(rs, 1));
        if (at[0] == null || !at[0].isAfter(windowStart)) {
            return windowStart;
        }
        Instant floor = now.minus(minWindow);
        return at[0].isAfter(floor) ? floor : at[0];
    }

    /** How many changes the last load of the recent log read from the database. */
    int loadedChanges() {
        return loadedChanges;
    }

    /** Brings in what the horizon had left out (observed after it, by a clock ahead of this one's). */
    private void extend(RecentLog log, Instant newHorizon) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Instant horizon = log.horizon();
            List<Observation> observations = new ArrayList<>();
            observationsWithin(connection, horizon, newHorizon, lastReadId, observations::addAll);
            log.extend(newHorizon, readsWithin(connection, horizon, newHorizon, lastReadId), observations);
        }
    }

    private static List<SourceRead> readsWithin(Connection connection, Instant after, Instant until, long maxRead)
            throws SQLException {
        List<SourceRead> reads = new ArrayList<>();
        query(
                connection,
                "SELECT " + Jdbc.READ_COLUMNS + " FROM source_read WHERE finished_at > ?"
                        + " AND finished_at <= ? AND id <= ? ORDER BY id",
                ps -> {
                    Jdbc.setInstant(ps, 1, after);
                    Jdbc.setInstant(ps, 2, until);
                    ps.setLong(3, maxRead);
                },
                rs -> reads.add(Jdbc.sourceRead(rs)));
        return reads;
    }

    /**
     * The changes observed within (after, until], handed to {@code sink} in log order a chunk of at most
     * {@link #chunk} sequence numbers ({@value #CHUNK}) at a time, so that a load holds one chunk's payload texts beside
     * the log it fills (which keeps all but each subject's newest packed), not the whole window's: eight
     * hours of a 500-agent fleet are 320,000 texts. Returns how many were handed over.
     */
    private int observationsWithin(
            Connection connection, Instant after, Instant until, long maxRead, Consumer<List<Observation>> sink)
            throws SQLException {
        long[] bounds = seqBounds(connection, after, until);
        int handed = 0;
        for (long from = bounds[0] - 1; from < bounds[1]; from += chunk) {
            long chunkFrom = from;
            List<SubjectStates.Row> rows = new ArrayList<>();
            query(
                    connection,
                    "SELECT " + Jdbc.OBSERVATION_COLUMNS + " FROM observation WHERE seq > ? AND seq <= ?"
                            + " AND observed_at > ? AND observed_at <= ? AND read_id <= ? ORDER BY seq",
                    ps -> {
                        ps.setLong(1, chunkFrom);
                        ps.setLong(2, Math.min(chunkFrom + chunk, bounds[1]));
                        Jdbc.setInstant(ps, 3, after);
                        Jdbc.setInstant(ps, 4, until);
                        ps.setLong(5, maxRead);
                    },
                    rs -> rows.add(SubjectStates.Row.of(rs)));
            Map<Long, String> texts = storedTogether(connection, rows);
            List<Observation> observations = new ArrayList<>(rows.size());
            for (SubjectStates.Row row : rows) {
                observations.add(row.observation(connection, texts));
            }
            handed += observations.size();
            sink.accept(observations);
        }
        return handed;
    }

    /** The lowest and highest sequence numbers observed within (after, until]; an empty range when none. */
    private static long[] seqBounds(Connection connection, Instant after, Instant until) throws SQLException {
        long[] bounds = {1, 0};
        query(
                connection,
                "SELECT MIN(seq), MAX(seq) FROM observation WHERE observed_at > ? AND observed_at <= ?",
                ps -> {
                    Jdbc.setInstant(ps, 1, after);
                    Jdbc.setInstant(ps, 2, until);
                },
                rs -> {
                    long min = rs.getLong(1);
                    if (!rs.wasNull()) {
                        bounds[0] = min;
                        bounds[1] = rs.getLong(2);
                    }
                });
        return bounds;
    }

    /**
     * The payloads of a span's rows read in one query: those stored during the span have neighbouring
     * ids. A row referring to a payload stored long before (a state that came back) reads its own.
     */
    private static Map<Long, String> storedTogether(Connection connection, List<SubjectStates.Row> rows)
            throws SQLException {
        long[] ids = rows.stream()
                .mapToLong(SubjectStates.Row::payloadId)
                .filter(id -> id >= 0)
                .sorted()
                .toArray();
        if (ids.length < 2) {
            return Map.of();
        }
        long from = ids[ids.length / 50];
        long to = ids[ids.length - 1];
        // Not when the ids are scattered: the range would hold far more payloads than the span needs.
        return to - from > 4L * ids.length ? Map.of() : PayloadStore.textsBetween(connection, from, to);
    }

    private void tail(RecentLog log) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long from = lastReadId;
            long maxRead = maxReadId(connection);
            if (maxRead <= from) {
                return;
            }
            List<SourceRead> reads = new ArrayList<>();
            query(
                    connection,
                    "SELECT " + Jdbc.READ_COLUMNS + " FROM source_read WHERE id > ? AND id <= ? ORDER BY id",
                    ps -> {
                        ps.setLong(1, from);
                        ps.setLong(2, maxRead);
                    },
                    rs -> reads.add(Jdbc.sourceRead(rs)));
            List<Observation> observations = new ArrayList<>();
            if (reads.stream().anyMatch(r -> r.observationsAppended() > 0)) {
                // A read and its changes commit together, so the changes of these reads are all visible now.
                query(
                        connection,
                        "SELECT " + Jdbc.OBSERVATION_COLUMNS + " FROM observation WHERE read_id > ?"
                                + " AND read_id <= ? ORDER BY seq",
                        ps -> {
                            ps.setLong(1, from);
                            ps.setLong(2, maxRead);
                        },
                        rs -> observations.add(Jdbc.observation(rs)));
            }
            // What lies beyond the horizon waits for the horizon to move (extend), so it is not applied twice.
            Instant horizon = log.horizon();
            reads.removeIf(r -> r.finishedAt().isAfter(horizon));
            observations.removeIf(o -> o.observedAt().isAfter(horizon));
            log.apply(reads, observations);
            Instant earliest = Instant.MAX;
            for (SourceRead r : reads) {
                earliest = r.finishedAt().isBefore(earliest) ? r.finishedAt() : earliest;
            }
            for (Observation o : observations) {
                earliest = o.observedAt().isBefore(earliest) ? o.observedAt() : earliest;
            }
            batches.addLast(new Batch(from, maxRead, earliest));
            while (batches.size() > MAX_BATCHES) {
                batches.removeFirst();
            }
            lastReadId = maxRead;
            positionSince = clock.instant();
        }
    }

    private static long maxReadId(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(id) FROM source_read");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Optional<SourceRead> baseRead(
            Connection connection, String source, String host, Instant at, boolean delivering) throws SQLException {
        List<SourceRead> found = new ArrayList<>();
        query(
                connection,
                LogReader.readsBefore(true, delivering, 1),
                ps -> {
                    ps.setString(1, source);
                    Jdbc.setInstant(ps, 2, at);
                    ps.setString(3, host);
                },
                rs -> found.add(Jdbc.sourceRead(rs)));
        return found.stream().findFirst();
    }

    private static void query(Connection connection, String sql, Binder binder, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
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
