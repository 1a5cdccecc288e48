package dev.commandcenter.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure: how the state ledger follows a view. A view evaluated at an instant gives each listed
 * subject's state; against the states held before, that makes the ledger's changes, and the
 * changes fold back into held states and into the state points history is made of.
 */
public final class LedgerFold {

    private LedgerFold() {}

    /** The changes between the states held and the view's states at {@code at}: new states, and subjects that left. */
    public static List<StateChange> diff(
            Map<String, Held> held, Map<String, String> states, Instant at, Evidence evidence) {
        List<StateChange> changes = new ArrayList<>();
        states.forEach((subject, state) -> {
            Held before = held.get(subject);
            if (before == null || !before.present() || !before.state().equals(state)) {
                changes.add(new StateChange(subject, state, at, evidence));
            }
        });
        held.forEach((subject, before) -> {
            if (before.present() && !states.containsKey(subject)) {
                changes.add(new StateChange(subject, null, at, evidence));
            }
        });
        return changes;
    }

    /**
     * Applies changes to the states held, in place. A subject that leaves keeps its state and its
     * since; one that comes back in the same state has held it all along, as {@link Transitions} says.
     */
    public static void apply(Map<String, Held> held, List<StateChange> changes) {
        for (StateChange change : changes) {
            Held before = held.get(change.subject());
            if (!change.present()) {
                if (before != null) {
                    held.put(change.subject(), new Held(before.state(), before.since(), false));
                }
            } else if (before == null || !before.state().equals(change.state())) {
                held.put(change.subject(), new Held(change.state(), change.at(), true));
            } else {
                held.put(change.subject(), new Held(before.state(), before.since(), true));
            }
        }
    }

    /**
     * The state points of a window as {@link ViewTimeline} makes them: each subject the view lists at
     * {@code from} in its state then, followed by each later change to a state (leaving is no point).
     */
    public static List<StatePoint> points(Map<String, Held> atFrom, Instant from, List<StateChange> after) {
        List<StatePoint> points = new ArrayList<>();
        Evidence none = new Evidence(List.of(), List.of());
        new TreeMap<>(atFrom).forEach((subject, held) -> {
            if (held.present()) {
                points.add(new StatePoint(subject, held.state(), from, none));
            }
        });
        for (StateChange change : after) {
            if (change.present() && change.at().isAfter(from)) {
                points.add(new StatePoint(change.subject(), change.state(), change.at(), change.evidence()));
            }
        }
        return points;
    }
}
