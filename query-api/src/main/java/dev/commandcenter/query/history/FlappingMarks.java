package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judges flapping at a view's instant from the log: the view's states over the flapping window
 * ending at that instant, folded into transitions and counted per subject by {@link FlappingRule}.
 */
@ApplicationScoped
public class FlappingMarks implements FlappingSubjects {

    private final ChangeInstants changes;
    private final FlappingRule rule;

    @Inject
    public FlappingMarks(ChangeInstants changes, FlappingRule rule) {
        this.changes = changes;
        this.rule = rule;
    }

    @Override
    public Set<String> at(SubjectKind kind, List<String> sources, Predicate<Observation> admits, Instant at,
            Function<Instant, Map<String, String>> statesAt) {
        Instant from = at.minus(rule.window());
        List<StatePoint> points = ProjectedStates.points(from, changes.between(sources, admits, from, at), statesAt,
                subject -> true);
        Map<String, List<Transition>> bySubject = Transitions.fold(kind, points).stream()
                .collect(Collectors.groupingBy(Transition::subject));
        Set<String> flapping = new TreeSet<>();
        bySubject.forEach((subject, transitions) -> {
            if (rule.flapping(transitions, at)) {
                flapping.add(subject);
            }
        });
        return flapping;
    }
}
