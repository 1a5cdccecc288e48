package dev.commandcenter.query.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Folds state points into transitions: one per change of state, per subject, in time order. */
public final class Transitions {

    private Transitions() {}

    public static List<Transition> fold(SubjectKind kind, List<StatePoint> points) {
        List<StatePoint> ordered = new ArrayList<>(points);
        ordered.sort(Comparator.comparing(StatePoint::at).thenComparing(StatePoint::subject));
        Map<String, String> current = new HashMap<>();
        List<Transition> transitions = new ArrayList<>();
        for (StatePoint point : ordered) {
            String before = current.get(point.subject());
            if (!point.state().equals(before)) {
                transitions.add(
                        new Transition(point.subject(), kind, before, point.state(), point.at(), point.evidence()));
                current.put(point.subject(), point.state());
            }
        }
        return transitions;
    }
}
