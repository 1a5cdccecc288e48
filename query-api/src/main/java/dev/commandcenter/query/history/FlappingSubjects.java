package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Which subjects of a view flap at an instant: more state changes in the flapping window than allowed. */
public interface FlappingSubjects {

    /** For a projection folded without history (plain folds in tests): nothing flaps. */
    FlappingSubjects NONE = (kind, sources, admits, at, statesAt) -> Set.of();

    /**
     * @param sources  the sources the view draws on
     * @param admits   the observations that can change the view
     * @param statesAt the view (unmarked) at an instant, as subject → wire name of its state
     */
    /**
     * Each subject's state as history holds it at an instant, with since when it has held it; empty
     * when no history is kept (or not yet), so a view says nothing rather than guess.
     */
    default Optional<Map<String, Held>> held(SubjectKind kind, Instant at) {
        return Optional.empty();
    }

    Set<String> at(
            SubjectKind kind,
            List<String> sources,
            Predicate<Observation> admits,
            Instant at,
            Function<Instant, Map<String, String>> statesAt);
}
