package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SourceRead;
import java.util.Comparator;

/** The orders the log's queries answer in, shared by the database and the recent log in memory. */
final class LogOrder {

    /** Observation time, then sequence: how a subject's history is listed. */
    static final Comparator<Observation> BY_TIME =
            Comparator.comparing(Observation::observedAt).thenComparingLong(Observation::seq);

    /** Finish time, then id: which read is the newest. */
    static final Comparator<SourceRead> READS =
            Comparator.comparing(SourceRead::finishedAt).thenComparingLong(SourceRead::id);

    private LogOrder() {}
}
