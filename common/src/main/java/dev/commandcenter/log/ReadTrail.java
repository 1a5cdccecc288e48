package dev.commandcenter.log;

import dev.commandcenter.observation.SourceRead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One collector host's reads of one source within the recent log, newest last; the first may be
 * the newest read before the recent log starts. Delivering reads are kept apart, so "the newest
 * read that delivered data" stays one lookup however long a source has been failing.
 */
final class ReadTrail {

    private final ArrayList<SourceRead> all = new ArrayList<>();
    private final ArrayList<SourceRead> delivering = new ArrayList<>();

    void add(SourceRead read) {
        insert(all, read);
        if (read.outcome().delivered()) {
            insert(delivering, read);
        }
    }

    /** The newest read (or delivering read) finished at or before the instant. */
    SourceRead last(Instant at, boolean deliveringOnly) {
        List<SourceRead> reads = deliveringOnly ? delivering : all;
        for (int i = reads.size() - 1; i >= 0; i--) {
            if (!reads.get(i).finishedAt().isAfter(at)) {
                return reads.get(i);
            }
        }
        return null;
    }

    /** The newest {@code limit} reads finished at or before the instant, newest first. */
    List<SourceRead> recent(Instant at, int limit) {
        List<SourceRead> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
            if (!all.get(i).finishedAt().isAfter(at)) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Whether this host had read the source at the instant. */
    boolean readBy(Instant at) {
        return !all.isEmpty() && !all.get(0).finishedAt().isAfter(at);
    }

    /** Every read within [from, to]. */
    List<SourceRead> between(Instant from, Instant to) {
        List<SourceRead> out = new ArrayList<>();
        for (SourceRead read : all) {
            if (!read.finishedAt().isBefore(from) && !read.finishedAt().isAfter(to)) {
                out.add(read);
            }
        }
        return out;
    }

    /** Drops the reads no query at or after {@code start} can see, keeping the newest of each list before it. */
    void pruneBefore(Instant start) {
        prune(all, start);
        prune(delivering, start);
    }

    private static void prune(ArrayList<SourceRead> reads, Instant start) {
        int newestBefore = -1;
        for (int i = 0; i < reads.size() && !reads.get(i).finishedAt().isAfter(start); i++) {
            newestBefore = i;
        }
        if (newestBefore > 0) {
            reads.subList(0, newestBefore).clear();
        }
    }

    private static void insert(ArrayList<SourceRead> reads, SourceRead read) {
        int at = Collections.binarySearch(reads, read, LogOrder.READS);
        reads.add(at < 0 ? -at - 1 : at, read);
    }
}
