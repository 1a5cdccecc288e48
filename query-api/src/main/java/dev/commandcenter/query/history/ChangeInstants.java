package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The instants within a window at which a view's inputs changed: an observation of an admitted
 * subject, or a change in the freshness of a source the view draws on (a read that failed or
 * recovered, or a staleness bound running out). Between two such instants only time moves.
 */
@ApplicationScoped
public class ChangeInstants {

    private final LogReader log;
    private final SourceTimeline sources;

    @Inject
    public ChangeInstants(LogReader log, SourceTimeline sources) {
        this.log = log;
        this.sources = sources;
    }

    /** The changes within [from, to], oldest first, entries of one instant merged. */
    public List<Change> between(List<String> sourceNames, Predicate<Observation> admits, Instant from, Instant to) {
        TreeMap<Instant, Evidence> changes = new TreeMap<>();
        for (String source : sourceNames) {
            log.stream(source, from, to, o -> {
                if (admits.test(o)) {
                    changes.merge(
                            o.observedAt(), new Evidence(List.of(o.seq()), List.of(o.readId())), ChangeInstants::merge);
                }
            });
            for (Transition t : Transitions.fold(SubjectKind.SOURCE, sources.timeline(Optional.of(source), from, to))) {
                if (t.fromState() != null) {
                    changes.merge(t.at(), t.evidence(), ChangeInstants::merge);
                }
            }
        }
        List<Change> out = new ArrayList<>();
        changes.forEach((at, evidence) -> out.add(new Change(at, evidence)));
        return out;
    }

    private static Evidence merge(Evidence a, Evidence b) {
        List<Long> observations = new ArrayList<>(a.observations());
        observations.addAll(b.observations());
        List<Long> reads = new ArrayList<>(a.reads());
        b.reads().stream().filter(r -> !reads.contains(r)).forEach(reads::add);
        return new Evidence(List.copyOf(observations), List.copyOf(reads));
    }
}
