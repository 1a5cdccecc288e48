package dev.commandcenter.ui;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.history.Timelines;
import dev.commandcenter.query.history.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every subject's transitions of one kind over a window, as the strips and the time bar draw them,
 * kept while the log stays where it was (and at most {@link #KEPT_FOR}): every page, viewer and live
 * update between two polls shares one history query per kind instead of making its own. An answer
 * equal to the one before is given as the very same list, which is what the strips and the time bar
 * keep their drawings by.
 */
@ApplicationScoped
public class RecentTransitions {

    /** Even with an unchanged log, history is asked again this often (the state ledger records late). */
    static final Duration KEPT_FOR = Duration.ofSeconds(10);

    private static final int KEPT = 16;

    private final Timelines timelines;
    private final LogReader log;
    private final Clock clock;
    private final Map<Key, Known> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Known> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(SubjectKind kind, Instant from, Instant to) {}

    private record Known(long position, Instant asked, List<Transition> transitions) {}

    @Inject
    public RecentTransitions(Timelines timelines, LogReader log, Clock clock) {
        this.timelines = timelines;
        this.log = log;
        this.clock = clock;
    }

    /** Every subject's transitions of {@code kind} within [from, to]. */
    public List<Transition> of(SubjectKind kind, Instant from, Instant to) {
        Key key = new Key(kind, from, to);
        long position = log.position();
        Instant now = clock.instant();
        Known k;
        synchronized (known) {
            k = known.get(key);
            if (k != null
                    && k.position() == position
                    && k.asked().plus(KEPT_FOR).isAfter(now)) {
                return k.transitions();
            }
        }
        List<Transition> transitions = List.copyOf(timelines.transitions(kind, Optional.empty(), from, to));
        if (k != null && k.transitions().equals(transitions)) {
            // The same answer as before: the same list, so that what was drawn from it (strips, bars) is kept.
            transitions = k.transitions();
        }
        synchronized (known) {
            known.put(key, new Known(position, now, transitions));
        }
        return transitions;
    }

    /**
     * While the state ledger of {@code kind} is being rebuilt and cannot answer a window ending at
     * {@code to} yet: how much of the log it has recorded, 0–100. The strips and the time bar then say
     * so instead of asking {@link #of}, which would project the whole window from the log at the
     * request (25–31 s for the first dashboard of a `fleet` log).
     */
    public OptionalInt recording(SubjectKind kind, Instant to) {
        return timelines.recording(kind, to);
    }

    /**
     * Where a strip or bar drawn to {@code to} (the next whole minute) asks history up to: {@code to} for
     * a page at now, so that every request of that minute asks the same; the instant itself for a replay.
     */
    public Instant until(Instant at, Instant to) {
        return at.isAfter(clock.instant().minusSeconds(2)) ? to : at;
    }
}
