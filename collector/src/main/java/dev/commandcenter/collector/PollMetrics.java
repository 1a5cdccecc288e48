package dev.commandcenter.collector;

import dev.commandcenter.observation.PollResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The collector's own health for Prometheus: polls per source and outcome, and how long they take.
 * Label values are bounded: source names and the outcome enum only.
 */
@ApplicationScoped
public class PollMetrics {

    private final MeterRegistry registry;

    @Inject
    public PollMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(PollResult result) {
        registry.counter(
                        "command_center_polls",
                        "source",
                        result.source(),
                        "outcome",
                        result.outcome().wire())
                .increment();
        Timer.builder("command_center_poll_duration")
                .description("Time one poll of a source took, failed or not")
                .tag("source", result.source())
                .register(registry)
                .record(Duration.between(result.startedAt(), result.finishedAt()));
        registry.counter("command_center_subjects_seen", "source", result.source())
                .increment(result.seen().size());
    }
}
