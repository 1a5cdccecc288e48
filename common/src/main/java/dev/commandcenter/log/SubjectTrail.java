package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One subject's stored changes within the recent log, in log (sequence) order; the first may be
 * the subject's state at the start of the recent log. All but the newest are held packed
 * ({@link HeldChange}), each on the one after it.
 */
final class SubjectTrail {

    private final ArrayList<HeldChange> entries = new ArrayList<>(2);
    private int packs;

    void add(Observation observation) {
        add(new HeldChange(observation));
    }

    void add(HeldChange change) {
        int at = entries.size();
        while (at > 0 && entries.get(at - 1).seq() > change.seq()) {
            at--;
        }
        entries.add(at, change);
        if (at == entries.size() - 1) {
            if (at > 0) {
                entries.get(at - 1).packOn(change, packs++);
            }
        } else if (at > 0) {
            // a late change between two others: the one before it was packed on the one after it
            entries.get(at - 1).unpack();
        }
    }

    /**
     * The subject's content at an instant as the database answers it: the latest change in log
     * order among those observed at or before the instant (gone included), or null.
     */
    Observation at(Instant at) {
        HeldChange found = heldAt(at);
        return found == null ? null : found.observation();
    }

    private HeldChange heldAt(Instant at) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            HeldChange h = entries.get(i);
            if (!h.observedAt().isAfter(at)) {
                return h;
            }
        }
        return null;
    }

    /** The characters of the subject's newest payload, when it is present (0 when gone). */
    long presentChars() {
        if (entries.isEmpty()) {
            return 0;
        }
        Observation newest = entries.get(entries.size() - 1).observation();
        return newest.gone() || newest.payload() == null ? 0 : newest.payload().length();
    }

    /** The changes observed within [from, to], by observation time then sequence. */
    List<Observation> between(Instant from, Instant to) {
        List<Observation> out = new ArrayList<>();
        for (HeldChange h : entries) {
            if (!h.observedAt().isBefore(from) && !h.observedAt().isAfter(to)) {
                out.add(h.observation());
            }
        }
        out.sort(LogOrder.BY_TIME);
        return out;
    }

    /** The newest present (not gone) change observed before {@code before}, or null if the trail holds none. */
    Observation lastPresentBefore(Instant before) {
        HeldChange newest = null;
        for (HeldChange h : entries) {
            if (!h.gone() && h.observedAt().isBefore(before) && (newest == null || laterInTime(h, newest))) {
                newest = h;
            }
        }
        return newest == null ? null : newest.observation();
    }

    /** {@link LogOrder#BY_TIME} on what is held without the payload. */
    private static boolean laterInTime(HeldChange a, HeldChange b) {
        int byTime = a.observedAt().compareTo(b.observedAt());
        return byTime > 0 || byTime == 0 && a.seq() > b.seq();
    }

    /**
     * Drops what no query at or after {@code start} can see, keeping the state at the start (a gone
     * row too: when a subject vanished is something views still show); false when nothing is left.
     */
    boolean pruneBefore(Instant start) {
        HeldChange base = heldAt(start);
        entries.removeIf(h -> !h.observedAt().isAfter(start) && h != base);
        for (int i = 0; i < entries.size(); i++) {
            HeldChange after = i + 1 < entries.size() ? entries.get(i + 1) : null;
            if (entries.get(i).packedOnAnother(after)) {
                entries.get(i).unpack();
            }
        }
        return !entries.isEmpty();
    }
}
