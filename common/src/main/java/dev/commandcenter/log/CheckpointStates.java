package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The subjects of recent checkpoints decoded, and the changes read after each, decoded as they are read:
 * what replays at different instants of the same stretch of the log share. A source as large as
 * Gitea is checkpointed about once a day, so replays at random instants of a day start from one or two
 * checkpoints; decoding its thousand-odd payloads at every replay was most of a replay's work and
 * garbage. A checkpoint and every row of the log never change once written (the tables are
 * append-only), so what is kept here is never stale: a poll appended later adds rows, read by the
 * next replay like any other, and a checkpoint it brings has an id of its own. Bounded by payload
 * characters, least recently used first.
 */
final class CheckpointStates {

    /** Keeps nothing: every read decodes what it needs. */
    static final CheckpointStates NONE = new CheckpointStates(0);

    private final long keptChars;
    private final LinkedHashMap<Long, Decoded> byCheckpoint = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    CheckpointStates(long keptChars) {
        this.keptChars = keptChars;
    }

    boolean keeps() {
        return keptChars > 0;
    }

    /** The decoded subjects of a checkpoint, if kept. */
    synchronized Decoded get(long checkpointId) {
        return byCheckpoint.get(checkpointId);
    }

    /** Keeps a checkpoint's decoded subjects. */
    synchronized Decoded keep(long checkpointId, Map<String, Observation> subjects) {
        Decoded decoded = new Decoded(Map.copyOf(subjects));
        Decoded before = byCheckpoint.put(checkpointId, decoded);
        chars += decoded.chars - (before == null ? 0 : before.chars);
        evictBeyondBound(decoded);
        return decoded;
    }

    /** Counts what a read added to a kept checkpoint's decoded changes, and keeps the total bounded. */
    synchronized void grew(Decoded decoded, long addedChars) {
        if (addedChars == 0) {
            return;
        }
        decoded.chars += addedChars;
        if (byCheckpoint.containsValue(decoded)) {
            chars += addedChars;
            evictBeyondBound(decoded);
        }
    }

    private void evictBeyondBound(Decoded newest) {
        for (Iterator<Decoded> it = byCheckpoint.values().iterator(); chars > keptChars && it.hasNext(); ) {
            Decoded eldest = it.next();
            if (eldest == newest) {
                continue;
            }
            chars -= eldest.chars;
            it.remove();
        }
    }

    /**
     * One checkpoint's subjects, the changes after it decoded so far (by sequence number), and the rows
     * stored between it and the next checkpoint once they are settled.
     */
    static final class Decoded {
        final Map<String, Observation> subjects;
        final Map<Long, Observation> changes = new ConcurrentHashMap<>();
        private long chars;
        private SpanRows span;

        private Decoded(Map<String, Observation> subjects) {
            this.subjects = subjects;
            this.chars = subjects.values().stream().mapToLong(Decoded::chars).sum();
        }

        static long chars(Observation o) {
            return o.payload() == null ? 0 : o.payload().length();
        }

        /**
         * The rows after the checkpoint up to sequence {@code untilSeq} (the next checkpoint's), in log
         * order: read from the database by {@code read}, kept, and read once more after {@link
         * SpanRows#SETTLE}, because several log writers may commit their sequence numbers out of order
         * and a row of the span may become visible just after the span was first read. After that second
         * read the rows are final: the next checkpoint closes the span and the tables are append-only.
         * {@code added} receives the characters the kept rows add.
         */
        List<SubjectStates.Row> spanRows(long untilSeq, RowsRead read, LongConsumer added) throws SQLException {
            return spanRows(untilSeq, read, added, System.nanoTime());
        }

        /** As above, at {@code now} on {@link System#nanoTime}'s scale. */
        synchronized List<SubjectStates.Row> spanRows(long untilSeq, RowsRead read, LongConsumer added, long now)
                throws SQLException {
            if (span != null && span.untilSeq == untilSeq && (span.settled || now - span.readAt < SpanRows.SETTLE)) {
                return span.rows;
            }
            List<SubjectStates.Row> rows = List.copyOf(read.rows());
            boolean settled = span != null && span.untilSeq == untilSeq;
            long before = span == null ? 0 : span.chars;
            span = new SpanRows(untilSeq, rows, now, settled);
            added.accept(span.chars - before);
            return rows;
        }
    }

    /** Reads a span's rows from the database. */
    @FunctionalInterface
    interface RowsRead {
        List<SubjectStates.Row> rows() throws SQLException;
    }

    private static final class SpanRows {
        /** Far longer than any append's transaction takes to commit. */
        static final long SETTLE = TimeUnit.MINUTES.toNanos(1);

        final long untilSeq;
        final List<SubjectStates.Row> rows;
        final long readAt;
        final boolean settled;
        final long chars;

        SpanRows(long untilSeq, List<SubjectStates.Row> rows, long readAt, boolean settled) {
            this.untilSeq = untilSeq;
            this.rows = rows;
            this.readAt = readAt;
            this.settled = settled;
            this.chars = rows.stream().mapToLong(SubjectStates.Row::chars).sum();
        }
    }
}
