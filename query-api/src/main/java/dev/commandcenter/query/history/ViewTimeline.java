package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind's states judged by its view's own projection, evaluated at the window's start and at
 * every instant an input of the view changed, so history says exactly what the view said.
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

    @Override
    public List<StatePoint> timeline(Optional<String> subject, Instant from, Instant to) {
        List<Change> changed = changes.between(sources(), o -> input(o, subject), from, to);
        return ProjectedStates.points(from, changed, this::statesAt, s -> subject.map(s::equals).orElse(true));
    }
}
