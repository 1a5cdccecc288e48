package dev.commandcenter.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pure: a view's own projection evaluated at the start of a window and at every change of its
 * inputs, as state points. The states are exactly what the view showed at those instants.
 */
public final class ProjectedStates {

    private ProjectedStates() {}

    /**
     * @param statesAt the view at an instant, as subject → wire name of its state
     * @param subjects which subjects to keep
     */
    public static List<StatePoint> points(
            Instant from,
            List<Change> changes,
            Function<Instant, Map<String, String>> statesAt,
            Predicate<String> subjects) {
        List<StatePoint> points = new ArrayList<>();
        add(points, from, new Evidence(List.of(), List.of()), statesAt, subjects);
        for (Change change : changes) {
            if (change.at().isAfter(from)) {
                add(points, change.at(), change.evidence(), statesAt, subjects);
            }
        }
        return points;
    }

    private static void add(
            List<StatePoint> points,
            Instant at,
            Evidence evidence,
            Function<Instant, Map<String, String>> statesAt,
            Predicate<String> subjects) {
        statesAt.apply(at).forEach((subject, state) -> {
            if (subjects.test(subject)) {
                points.add(new StatePoint(subject, state, at, evidence));
            }
        });
    }
}
