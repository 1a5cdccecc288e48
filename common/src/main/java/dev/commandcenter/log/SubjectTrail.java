package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One subject's stored changes within the recent log, in log (sequence) order; the first may be
 * the subject's state at the start of the recent log.
 */
final class SubjectTrail {

    private final ArrayList<Observation> entries = new ArrayList<>(2);

    void add(Observation observation) {
        int at = entries.size();
        while (at > 0 && entries.get(at - 1).seq() > observation.seq()) {
            at--;
        }
        entries.add(at, observation);
    }

    /**
     * The subject's content at an instant as the database answers it: the latest change in log
     * order among those observed at or before the instant (gone included), or null.
     */
    Observation at(Instant at) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Observation o = entries.get(i);
            if (!o.observedAt().isAfter(at)) {
                return o;
            }
        }
        return null;
    }

    /** The changes observed within [from, to], by observation time then sequence. */
    List<Observation> between(Instant from, Instant to) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : entries) {
            if (!o.observedAt().isBefore(from) && !o.observedAt().isAfter(to)) {
                out.add(o);
            }
        }
        out.sort(LogOrder.BY_TIME);
        return out;
    }

    /** The newest present (not gone) change observed before {@code before}, or null if the trail holds none. */
    Observation lastPresentBefore(Instant before) {
        Observation newest = null;
        for (Observation o : entries) {
            if (!o.gone() && o.observedAt().isBefore(before)
                    && (newest == null || LogOrder.BY_TIME.compare(o, newest) > 0)) {
                newest = o;
            }
        }
        return newest;
    }

    /**
     * Drops what no query at or after {@code start} can see, keeping the state at the start (a gone
     * row too: when a subject vanished is something views still show); false when nothing is left.
     */
    boolean pruneBefore(Instant start) {
        Observation base = at(start);
        entries.removeIf(o -> !o.observedAt().isAfter(start) && o != base);
        return !entries.isEmpty();
    }
}
