package dev.commandcenter.query.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Finds the timeline of each kind among the beans that provide one, and folds it into transitions. */
@ApplicationScoped
public class Timelines {

    private final Instance<StateTimeline> timelines;
    private final StateLedger ledger;

    @Inject
    public Timelines(Instance<StateTimeline> timelines, StateLedger ledger) {
        this.timelines = timelines;
        this.ledger = ledger;
    }

    public boolean supports(SubjectKind kind) {
        return timelines.stream().anyMatch(t -> t.kind() == kind);
    }

    /** See {@link StateLedger#recording}: while set, {@link #transitions} projects most of a window from the log. */
    public OptionalInt recording(SubjectKind kind, Instant to) {
        return ledger.recording(kind, to);
    }

    public List<Transition> transitions(SubjectKind kind, Optional<String> subject, Instant from, Instant to) {
        Optional<List<StatePoint>> recorded = ledger.points(kind, subject, from, to);
        if (recorded.isPresent()) {
            return Transitions.fold(kind, recorded.get());
        }
        List<Transition> all = new ArrayList<>();
        for (StateTimeline timeline : timelines) {
            if (timeline.kind() == kind) {
                all.addAll(Transitions.fold(kind, timeline.timeline(subject, from, to)));
            }
        }
        return all;
    }
}
