package dev.commandcenter.ui.isolation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Three sources that behave as real ones do on their worst and best days. */
public final class TestSources {

    private static final PollTiming FAST =
            PollTiming.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofSeconds(2));

    private TestSources() {}

    /** A source whose reads never return, like an HTTP call to a server that accepted and went silent. */
    @ApplicationScoped
    @IfBuildProperty(name = "test-fixture.sources", stringValue = "isolation")
    public static class Hanging implements Source {
        @Override
        public String name() {
            return "test-hanging";
        }

        @Override
        public PollTiming timing() {
            return FAST;
        }

        @Override
        public SourceSnapshot poll() {
            while (true) {
                // Ignores interrupts on purpose: some blocking I/O does.
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // keep hanging
                }
            }
        }
    }

    /** A source with a bug: every poll throws. */
    @ApplicationScoped
    @IfBuildProperty(name = "test-fixture.sources", stringValue = "isolation")
    public static class Throwing implements Source {
        @Override
        public String name() {
            return "test-throwing";
        }

        @Override
        public PollTiming timing() {
            return FAST;
        }

        @Override
        public SourceSnapshot poll() {
            throw new IllegalStateException("jobs.json field 'schedule' has an unexpected shape");
        }
    }

    /** A source that answers at once, with a counter that changes every poll. */
    @ApplicationScoped
    @IfBuildProperty(name = "test-fixture.sources", stringValue = "isolation")
    public static class Healthy implements Source {
        private final AtomicLong polls = new AtomicLong();

        @Override
        public String name() {
            return "test-healthy";
        }

        @Override
        public PollTiming timing() {
            return FAST;
        }

        @Override
        public SourceSnapshot poll() {
            var payload = JsonNodeFactory.instance.objectNode().put("polls", polls.incrementAndGet());
            return SourceSnapshot.complete(List.of(new SubjectSeen("test:counter", "CounterRead", null, payload)));
        }
    }
}
