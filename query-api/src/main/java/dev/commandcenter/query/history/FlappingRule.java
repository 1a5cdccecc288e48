package dev.commandcenter.query.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** More than N state changes within a window (e.g. 6 in an hour) is flapping. */
@ApplicationScoped
public class FlappingRule {

    private final int threshold;
    private final Duration window;

    @Inject
    public FlappingRule(HistoryConfig config) {
        this(config.flappingTransitions(), config.flappingWindow());
    }

    public FlappingRule(int threshold, Duration window) {
        this.threshold = threshold;
        this.window = window;
    }

    public boolean flapping(List<Transition> transitions, Instant at) {
        Instant since = at.minus(window);
        long changes = transitions.stream()
                .filter(t -> t.fromState() != null && t.at().isAfter(since) && !t.at().isAfter(at))
                .count();
        return changes > threshold;
    }

    public Duration window() {
        return window;
    }
}
