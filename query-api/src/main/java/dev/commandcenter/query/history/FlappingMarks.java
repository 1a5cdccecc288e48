package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judges flapping at a view's instant from the log: the view's states over the flapping window
 * ending at that instant, folded into transitions and counted per subject by {@link FlappingRule}.
 * The states at past instants are remembered per view ({@link StatesMemo}), so a request computes
 * only the instants the previous ones had not.
 */
@ApplicationScoped
public class FlappingMarks implements FlappingSubjects {

    private final ChangeInstants changes;
    private final FlappingRule rule;
    private final LogReader log;
    private final StateLedger ledger;
    private final Map<SubjectKind, StatesMemo> memos = new EnumMap<>(SubjectKind.class);

    /** Without a state ledger: every judgement projects the log. */
    public FlappingMarks(ChangeInstants changes, FlappingRule rule, LogReader log) {
        this(changes, rule, log, null);
    }

    @Inject
    public FlappingMarks(ChangeInstants changes, FlappingRule rule, LogReader log, StateLedger ledger) {
        this.changes = changes;
        this.rule = rule;
        this.log = log;
        this.ledger = ledger;
        for (SubjectKind kind : SubjectKind.values()) {
            memos.put(kind, new StatesMemo());
        }
    }

    @Override
    public Set<String> at(
            SubjectKind kind,
            List<String> sources,
            Predicate<Observation> admits,
            Instant at,
            Function<Instant, Map<String, String>> statesAt) {
        Instant from = at.minus(rule.window());
        Optional<List<StatePoint>> recorded =
                ledger == null ? Optional.empty() : ledger.points(kind, Optional.empty(), from, at);
        List<StatePoint> points =
                recorded.isPresent() ? recorded.get() : projected(kind, sources, admits, from, at, statesAt);
        Map<String, List<Transition>> bySubject =
                Transitions.fold(kind, points).stream().collect(Collectors.groupingBy(Transition::subject));
        Set<String> flapping = new TreeSet<>();
        bySubject.forEach((subject, transitions) -> {
            if (rule.flapping(transitions, at)) {
                flapping.add(subject);
            }
        });
        return flapping;
    }

    @Override
    public Optional<Map<String, Held>> held(SubjectKind kind, Instant at) {
        return ledger == null ? Optional.empty() : ledger.heldAt(kind, at);
    }

    /** The window's state points projected from the log, where the ledger cannot say. */
    private List<StatePoint> projected(
            SubjectKind kind,
            List<String> sources,
            Predicate<Observation> admits,
            Instant from,
            Instant at,
            Function<Instant, Map<String, String>> statesAt) {
        StatesMemo remembered = memos.get(kind);
        // A replay far from the instants remembered (those of the live views) is judged on its own,
        // so it neither evicts them nor keeps its own.
        StatesMemo memo = remembered.near(at, rule.window().multipliedBy(2)) ? remembered : new StatesMemo();
        // The window's start moves with every request; keep a little before it for replays of recent instants.
        memo.settle(log, from.minus(rule.window()));
        return ProjectedStates.points(
                from, changes.between(sources, admits, from, at), t -> memo.at(t, statesAt), subject -> true);
    }
}
