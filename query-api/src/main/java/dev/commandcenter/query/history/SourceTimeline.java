package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.FreshnessRule;
import dev.commandcenter.observation.SourceRead;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A source's freshness over time, from its reads: each read sets live, degraded or unknown; a gap
 * longer than the staleness bound turns it stale at the instant the bound ran out — the same
 * rule the sources view applies, so history and replay agree.
 */
@ApplicationScoped
public class SourceTimeline implements StateTimeline {

    private final LogReader log;
    private final SourcesProjection sources;

    @Inject
    public SourceTimeline(LogReader log, SourcesProjection sources) {
        this.log = log;
        this.sources = sources;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.SOURCE;
    }

    @Override
    public List<StatePoint> timeline(Optional<String> subject, Instant from, Instant to) {
        List<String> names = subject.map(List::of)
                .orElseGet(
                        () -> sources.statuses(to).stream().map(s -> s.source()).toList());
        List<StatePoint> points = new ArrayList<>();
        for (String name : names) {
            points.addAll(timelineOf(name, from, to));
        }
        return points;
    }

    private List<StatePoint> timelineOf(String source, Instant from, Instant to) {
        List<StatePoint> points = new ArrayList<>();
        Optional<SourceRead> previous = log.lastRead(source, from);
        Optional<SourceRead> delivering = log.lastDeliveringRead(source, from);
        points.add(new StatePoint(
                source,
                FreshnessRule.judge(previous, delivering, from).freshness().wire(),
                from,
                previous.map(r -> Evidence.ofRead(r.id())).orElse(Evidence.ofObservations(List.of()))));
        for (SourceRead read : log.readsBetween(source, from, to)) {
            previous.ifPresent(p -> staleInGap(p, read.finishedAt(), points));
            if (read.outcome().delivered()) {
                delivering = Optional.of(read);
            }
            previous = Optional.of(read);
            points.add(new StatePoint(
                    source,
                    FreshnessRule.judge(previous, delivering, read.finishedAt())
                            .freshness()
                            .wire(),
                    read.finishedAt(),
                    Evidence.ofRead(read.id())));
        }
        previous.ifPresent(p -> staleInGap(p, to, points));
        points.removeIf(p -> p.at().isBefore(from));
        return points;
    }

    private static void staleInGap(SourceRead last, Instant until, List<StatePoint> points) {
        Instant staleAt = last.finishedAt().plus(last.staleAfter()).plusNanos(1);
        if (last.outcome().delivered() && staleAt.isBefore(until)) {
            points.add(new StatePoint(last.source(), Freshness.STALE.wire(), staleAt, Evidence.ofRead(last.id())));
        }
    }
}
