package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One view's states at past instants, kept while nothing that happened at or before them is added
 * to the log: the view at a past instant is a function of the log up to it, so it is computed once
 * however many requests judge flapping over the same window.
 */
final class StatesMemo {

    private final TreeMap<Instant, Map<String, String>> states = new TreeMap<>();
    /** When time alone next changes a state, as judged at each instant: a walk asks it at every instant it judges. */
    private final TreeMap<Instant, Optional<Instant>> deadlines = new TreeMap<>();

    private long position = Long.MIN_VALUE;

    /** The view's states at {@code at}, computed by {@code statesAt} unless known and still true. */
    synchronized Map<String, String> at(Instant at, Function<Instant, Map<String, String>> statesAt) {
        Map<String, String> known = states.get(at);
        if (known != null) {
            return known;
        }
        Map<String, String> computed = statesAt.apply(at);
        states.put(at, computed);
        return computed;
    }

    /** The view's next deadline as judged at {@code at}, computed by {@code nextDeadline} unless known and still true. */
    synchronized Optional<Instant> deadline(Instant at, Function<Instant, Optional<Instant>> nextDeadline) {
        Optional<Instant> known = deadlines.get(at);
        if (known != null) {
            return known;
        }
        Optional<Instant> computed = nextDeadline.apply(at);
        deadlines.put(at, computed);
        return computed;
    }

    /** Whether {@code at} lies within {@code span} before the newest instant remembered (or nothing is). */
    synchronized boolean near(Instant at, Duration span) {
        return states.isEmpty() || !at.isBefore(states.lastKey().minus(span));
    }

    /** Forgets the states the log's growth since the last call may have changed, and those before {@code keepFrom}. */
    synchronized void settle(LogReader log, Instant keepFrom) {
        long now = log.position();
        if (now != position) {
            Instant earliest = position == Long.MIN_VALUE ? Instant.MIN : log.earliestChangeSince(position);
            if (earliest != null) {
                states.tailMap(earliest, true).clear();
                deadlines.tailMap(earliest, true).clear();
            }
            position = now;
        }
        states.headMap(keepFrom, false).clear();
        deadlines.headMap(keepFrom, false).clear();
    }
}
