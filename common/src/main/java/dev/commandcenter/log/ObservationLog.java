package dev.commandcenter.log;

import dev.commandcenter.observation.ContentHash;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * The write side of the append-only observation log (DESIGN §2). One poll is appended in one
 * transaction: its source read, the subjects whose content changed, and one {@code gone} row for
 * each subject that vanished from the part of the source that was read. Unchanged subjects cost
 * nothing but the read row. Gone is judged per (host, source): a poll marks gone only subjects its
 * own host stored last, so collectors reading the same source on two hosts never erase each other's.
 * Payloads are stored once per content hash in the {@code payload} table ({@link PayloadWriter}).
 */
@ApplicationScoped
public class ObservationLog {

    private static final String GONE_HASH = "gone";
    private static final String GONE_PAYLOAD = "{}";

    /** Changes per source between checkpoints, at most; a source with more subjects waits for as many changes. */
    static final long CHECKPOINT_EVERY = 2_000;

    /**
     * A checkpoint costs a row per present subject, and a reader from it reads every change after it: a
     * checkpoint after this many changes per present subject keeps checkpoints under a fifth of the rows a
     * source adds while a past instant is read from at most five times its subjects, not 2,000 rows.
     */
    static final int CHANGES_PER_CHECKPOINT_ROW = 4;

    /** Changes between checkpoints, at least: a source of a few subjects is not checkpointed every few polls. */
    static final int CHECKPOINT_AFTER_AT_LEAST = 200;

    private final DataSource dataSource;
    /** A source's present subject count → the changes after which it is checkpointed. */
    private final LongUnaryOperator checkpointSpacing;

    private final LastKnownStates lastKnown = new LastKnownStates();
    private final PayloadWriter payloads = new PayloadWriter();
    private final LogCompaction compaction;
    private final LogProgress progress;

    @Inject
    public ObservationLog(DataSource dataSource, LogProgress progress) {
        this(dataSource, ObservationLog::checkpointSpacing, progress);
    }

    public ObservationLog(DataSource dataSource) {
        this(dataSource, ObservationLog::checkpointSpacing, new LogProgress());
    }

    /** A log that checkpoints a source after {@code checkpointEvery} changes (its subject count, if larger). */
    public ObservationLog(DataSource dataSource, int checkpointEvery) {
        this(dataSource, present -> Math.max(checkpointEvery, present), new LogProgress());
    }

    private ObservationLog(DataSource dataSource, LongUnaryOperator checkpointSpacing, LogProgress progress) {
        this.dataSource = dataSource;
        this.compaction = new LogCompaction(dataSource);
        this.checkpointSpacing = checkpointSpacing;
        this.progress = progress;
    }

    /** Appends one poll, all or nothing; a poll appended before is not appended again. */
    public synchronized AppendReceipt append(PollResult poll) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Long earlier = existingRead(connection, poll.pollId());
                if (earlier != null) {
                    connection.rollback();
                    return new AppendReceipt(earlier, 0, true);
                }
                LastKnownStates.Draft known = lastKnown.draft(connection, poll.source());
                List<Change> changes = changes(poll, known);
                long readId = insertRead(connection, poll, changes.size());
                boolean late = !changes.isEmpty() && LateObservations.behindACheckpoint(connection, poll);
                PayloadWriter.Plan plan = insertChanges(connection, poll, readId, changes, known, late);
                int sinceCheckpoint = known.sinceCheckpoint() + changes.size();
                // Spacing follows the subjects present, not every subject ever seen: closed PRs and
                // issues stay known (as gone) forever and would otherwise spread checkpoints apart.
                // A late poll is not checkpointed: the next poll in time is.
                if (!late && sinceCheckpoint >= checkpointSpacing.applyAsLong(known.present())) {
                    Checkpoints.write(
                            connection,
                            poll,
                            readId,
                            known.throughSeq(),
                            known.presentSeqs(),
                            Checkpoints.carriesVanished(poll.source()) ? known.goneSeqs() : List.of());
                    sinceCheckpoint = 0;
                }
                connection.commit();
                payloads.committed(plan);
                lastKnown.committed(known, sinceCheckpoint);
                progress.advanced();
                compaction.appended(poll.finishedAt());
                return new AppendReceipt(readId, changes.size(), false);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LogAppendFailed(
                    "append of " + poll.source() + " poll " + poll.pollId() + " rolled back: " + e.getMessage(), e);
        }
    }

    /** Changes after which a source with {@code present} subjects is checkpointed. */
    static long checkpointSpacing(long present) {
        long proportional = Math.max(CHECKPOINT_AFTER_AT_LEAST, CHANGES_PER_CHECKPOINT_ROW * present);
        return Math.max(present, Math.min(CHECKPOINT_EVERY, proportional));
    }

    private record Change(
            String subject,
            String kind,
            Instant sourceTime,
            String hash,
            byte[] text,
            ContentHash.Fingerprint seen,
            boolean gone) {}

    /** A poll with at least this many subjects is fingerprinted and hashed on every core; a smaller one on this thread. */
    static final int HASHED_IN_PARALLEL_FROM = 256;

    /** What one subject of a poll came to: unchanged (null text) or its canonical text and content hash. */
    private record Hashed(ContentHash.Fingerprint fingerprint, byte[] text, ContentHash.Digest digest) {}

    /**
     * The subjects whose content changed, and the gone ones. A subject whose payload tree has the fingerprint
     * last seen is unchanged and costs no canonical form nor SHA-256; the others are hashed and compared with
     * the stored hash. Subjects unchanged after hashing have their new fingerprint remembered in {@code known}.
     * The subjects are independent of each other, so a large poll is hashed on every core (nothing is written
     * while that runs); the changes are then taken in the poll's order, as on one thread.
     */
    private static List<Change> changes(PollResult poll, LastKnownStates.Draft known) {
        List<Change> changes = new ArrayList<>();
        if (!poll.outcome().delivered()) {
            return changes;
        }
        Map<String, SubjectSeen> seen = new LinkedHashMap<>();
        for (SubjectSeen s : poll.seen()) {
            seen.put(s.subject(), s);
        }
        SubjectSeen[] subjects = seen.values().toArray(SubjectSeen[]::new);
        Hashed[] hashed = new Hashed[subjects.length];
        IntStream all = IntStream.range(0, subjects.length);
        (subjects.length >= HASHED_IN_PARALLEL_FROM ? all.parallel() : all)
                .forEach(i -> hashed[i] = hash(subjects[i], known.get(subjects[i].subject())));
        for (int i = 0; i < subjects.length; i++) {
            SubjectSeen s = subjects[i];
            Hashed h = hashed[i];
            if (h.text() == null) {
                continue;
            }
            KnownState before = known.get(s.subject());
            if (before == null || before.gone() || !h.digest().matches(before.contentHash())) {
                changes.add(new Change(
                        s.subject(), s.kind(), s.sourceTime(), h.digest().stored(), h.text(), h.fingerprint(), false));
            } else {
                known.put(s.subject(), before.seen(h.fingerprint()));
            }
        }
        for (String subject : known.presentBefore()) {
            KnownState state = known.get(subject);
            if (!seen.containsKey(subject)
                    && poll.covers(subject)
                    && poll.host().equals(state.host())) {
                changes.add(new Change(subject, state.kind(), null, GONE_HASH, null, null, true));
            }
        }
        return changes;
    }

    private static Hashed hash(SubjectSeen s, KnownState before) {
        ContentHash.Fingerprint fingerprint = ContentHash.fingerprint(s.kind(), s.payload());
        if (before != null && !before.gone() && fingerprint.equals(before.seen())) {
            return new Hashed(fingerprint, null, null);
        }
        byte[] text = ContentHash.canonicalBytes(s.payload());
        return new Hashed(fingerprint, text, ContentHash.digest(s.kind(), text));
    }

    private static Long existingRead(Connection connection, String pollId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM source_read WHERE poll_id = ?")) {
            ps.setString(1, pollId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long insertRead(Connection connection, PollResult poll, int appended) throws SQLException {
        String sql = "INSERT INTO source_read (poll_id, host, source, started_at, finished_at, outcome, error_text, "
                + "subjects_seen, observations_appended, stale_after_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, poll.pollId());
            ps.setString(2, poll.host());
            ps.setString(3, poll.source());
            Jdbc.setInstant(ps, 4, poll.startedAt());
            Jdbc.setInstant(ps, 5, poll.finishedAt());
            ps.setString(6, poll.outcome().wire());
            ps.setString(7, truncate(poll.error(), 4000));
            ps.setInt(8, poll.seen().size());
            ps.setInt(9, appended);
            ps.setLong(10, poll.staleAfter().toMillis());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for source_read");
                }
                return keys.getLong(1);
            }
        }
    }

    private PayloadWriter.Plan insertChanges(
            Connection connection,
            PollResult poll,
            long readId,
            List<Change> changes,
            LastKnownStates.Draft known,
            boolean late)
            throws SQLException {
        List<PayloadWriter.Pending> pending = new ArrayList<>();
        for (Change change : changes) {
            if (!change.gone()) {
                pending.add(new PayloadWriter.Pending(
                        change.kind(), change.hash(), change.text(), known.get(change.subject())));
            }
        }
        PayloadWriter.Plan plan = payloads.store(connection, poll.source(), pending);
        if (changes.isEmpty()) {
            return plan;
        }
        String observationSql = "INSERT INTO observation (read_id, source, subject, observed_at, source_time, kind, "
                + "content_hash, payload, gone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String subjectSql = "INSERT INTO subject (source, subject, first_read_id) VALUES (?, ?, ?)";
        try (PreparedStatement observations = connection.prepareStatement(observationSql, new String[] {"seq"});
                PreparedStatement subjects = connection.prepareStatement(subjectSql)) {
            boolean newSubjects = false;
            int next = 0;
            List<PayloadWriter.Placed> placed = new ArrayList<>(changes.size());
            for (Change change : changes) {
                PayloadWriter.Placed where =
                        change.gone() ? null : plan.placed().get(next++);
                placed.add(where);
                observations.setLong(1, readId);
                observations.setString(2, poll.source());
                observations.setString(3, change.subject());
                Jdbc.setInstant(observations, 4, poll.finishedAt());
                Jdbc.setInstant(observations, 5, change.sourceTime());
                observations.setString(6, change.kind());
                observations.setString(7, change.hash());
                // A reference to the payload table, or the text itself (see PayloadStore, Jdbc.observation).
                observations.setString(8, change.gone() ? GONE_PAYLOAD : where.column());
                observations.setBoolean(9, change.gone());
                observations.addBatch();
                if (!known.knows(change.subject())) {
                    subjects.setString(1, poll.source());
                    subjects.setString(2, change.subject());
                    subjects.setLong(3, readId);
                    subjects.addBatch();
                    newSubjects = true;
                }
            }
            observations.executeBatch();
            List<Long> seqs = new ArrayList<>(changes.size());
            try (ResultSet keys = observations.getGeneratedKeys()) {
                for (int i = 0; i < changes.size(); i++) {
                    if (!keys.next()) {
                        throw new SQLException("fewer sequence numbers than observations appended");
                    }
                    seqs.add(keys.getLong(1));
                    Change change = changes.get(i);
                    PayloadWriter.Placed where = placed.get(i);
                    known.put(
                            change.subject(),
                            change.gone()
                                    ? new KnownState(change.kind(), change.hash(), true, keys.getLong(1), poll.host())
                                    : new KnownState(
                                            change.kind(),
                                            change.hash(),
                                            false,
                                            keys.getLong(1),
                                            poll.host(),
                                            where.base(),
                                            change.seen()));
                }
            }
            if (newSubjects) {
                subjects.executeBatch();
            }
            if (late) {
                LateObservations.list(connection, poll, seqs);
            }
        }
        return plan;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
