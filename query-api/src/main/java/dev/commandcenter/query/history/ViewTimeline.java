package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind's states judged by its view's own projection, evaluated at the window's start and at
 * every instant an input of the view changed, so history says exactly what the view said.
 * Subclasses are singletons: they hold no state and need no proxy.
 */
abstract class ViewTimeline implements StateTimeline {

    private final ChangeInstants changes;

    ViewTimeline(ChangeInstants changes) {
        this.changes = changes;
    }

    /** The sources the view draws on. */
    abstract List<String> sources();

    /** Whether an observation can change the state of the subject (of any subject when empty). */
    abstract boolean input(Observation observation, Optional<String> subject);

    /** The view, unmarked, at an instant: subject → wire name of its state. */
    abstract Map<String, String> statesAt(Instant at);

    /** Instants within (from, to] at which time alone changes a state (a bound running out); none by default. */
    List<Change> deadlines(Optional<String> subject, Instant from, Instant to) {
        return List.of();
    }

    @Override
    public List<StatePoint> timeline(Optional<String> subject, Instant from, Instant to) {
        return timeline(subject, from, to, this::statesAt);
    }

    /**
     * When time alone next changes a state, judged from the view at {@code at} (a job falling due):
     * later than {@code at}; empty when nothing is due or the kind has no such bound.
     */
    Optional<Instant> nextDeadline(Instant at) {
        return Optional.empty();
    }

    /** The timeline with the view's states at each instant taken from {@code statesAt} (a memo of {@link #statesAt}). */
    List<StatePoint> timeline(
            Optional<String> subject, Instant from, Instant to, Function<Instant, Map<String, String>> statesAt) {
        return timeline(subject, from, to, statesAt, this::nextDeadline);
    }

    /** The timeline with its states and deadlines taken from memos of {@link #statesAt} and {@link #nextDeadline}. */
    List<StatePoint> timeline(
            Optional<String> subject,
            Instant from,
            Instant to,
            Function<Instant, Map<String, String>> statesAt,
            Function<Instant, Optional<Instant>> deadlineAt) {
        List<StatePoint> points = new ArrayList<>();
        Evidence none = new Evidence(List.of(), List.of());
        add(points, subject, from, none, statesAt.apply(from));
        walk(
                subject,
                from,
                to,
                statesAt,
                deadlineAt,
                (change, states) -> add(points, subject, change.at(), change.evidence(), states));
        return points;
    }

    private static void add(
            List<StatePoint> points,
            Optional<String> subject,
            Instant at,
            Evidence evidence,
            Map<String, String> states) {
        states.forEach((s, state) -> {
            if (subject.map(s::equals).orElse(true)) {
                points.add(new StatePoint(s, state, at, evidence));
            }
        });
    }

    /** The view judged at one instant of a walk. */
    @FunctionalInterface
    interface Judged {
        void at(Change change, Map<String, String> states);
    }

    /**
     * The view judged at every instant within (from, to] at which an input changed, and at every
     * deadline the view itself names (a job falling due), oldest first.
     */
    void walk(
            Optional<String> subject,
            Instant from,
            Instant to,
            Function<Instant, Map<String, String>> statesAt,
            Judged judged) {
        walk(subject, from, to, statesAt, this::nextDeadline, judged);
    }

    /** As {@link #walk(Optional, Instant, Instant, Function, Judged)}, each deadline asked of {@code deadlineAt}. */
    void walk(
            Optional<String> subject,
            Instant from,
            Instant to,
            Function<Instant, Map<String, String>> statesAt,
            Function<Instant, Optional<Instant>> deadlineAt,
            Judged judged) {
        Evidence timeAlone = new Evidence(List.of(), List.of());
        Instant due = deadlineAt.apply(from).orElse(null);
        for (Change change : changes(subject, from, to)) {
            if (!change.at().isAfter(from)) {
                continue;
            }
            while (due != null && due.isBefore(change.at())) {
                Instant deadline = due;
                judged.at(new Change(deadline, timeAlone), statesAt.apply(deadline));
                due = deadlineAt
                        .apply(deadline)
                        .filter(d -> d.isAfter(deadline))
                        .orElse(null);
            }
            judged.at(change, statesAt.apply(change.at()));
            due = deadlineAt.apply(change.at()).orElse(null);
        }
        while (due != null && !due.isAfter(to)) {
            Instant deadline = due;
            judged.at(new Change(deadline, timeAlone), statesAt.apply(deadline));
            due = deadlineAt.apply(deadline).filter(d -> d.isAfter(deadline)).orElse(null);
        }
    }

    /** The instants within [from, to] at which the subject's state (any state when empty) may change, oldest first. */
    List<Change> changes(Optional<String> subject, Instant from, Instant to) {
        List<Change> changed = new ArrayList<>(changes.between(sources(), o -> input(o, subject), from, to));
        changed.addAll(deadlines(subject, from, to));
        changed.sort(Comparator.comparing(Change::at));
        return changed;
    }
}
