package dev.commandcenter.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    Set<String> at(SubjectKind kind, List<String> sources, Predicate<dev.commandcenter.observation.Observation> admits, Instant at,
            Function<Instant, Map<String, String>> statesAt);
}
