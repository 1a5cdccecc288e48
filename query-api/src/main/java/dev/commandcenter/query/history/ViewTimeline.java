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

    /** The timeline with the view's states at each instant taken from {@code statesAt} (a memo of {@link #statesAt}). */
    List<StatePoint> timeline(Optional<String> subject, Instant from, Instant to,
            Function<Instant, Map<String, String>> statesAt) {
        return ProjectedStates.points(from, changes(subject, from, to), statesAt,
                s -> subject.map(s::equals).orElse(true));
    }

    /** The instants within [from, to] at which the subject's state (any state when empty) may change, oldest first. */
    List<Change> changes(Optional<String> subject, Instant from, Instant to) {
        List<Change> changed = new ArrayList<>(changes.between(sources(), o -> input(o, subject), from, to));
        changed.addAll(deadlines(subject, from, to));
        changed.sort(Comparator.comparing(Change::at));
        return changed;
    }
}
