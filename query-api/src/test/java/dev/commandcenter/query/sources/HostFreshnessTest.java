package dev.commandcenter.query.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:10:00Z");
    private static final Duration BOUND = Duration.ofMinutes(3);

    /** build-box stopped nine minutes ago; gpu-box read the heartbeats twenty seconds ago. */
    private static final SourceRead BUILD_BOX = read(11, "build-box", NOW.minus(Duration.ofMinutes(9)));

    private static final SourceRead GPU_BOX = read(42, "gpu-box", NOW.minusSeconds(20));

    @Test
    void aRowIsAsFreshAsTheHostThatObservedItNotAsTheNewestReadOfAnyHost() {
        HostFreshness freshness = HostFreshness.perHost(
                HostReads.status("heartbeats", "Agent heartbeats", Optional.of(GPU_BOX), Optional.of(GPU_BOX), NOW),
                List.of(
                        new HostReads("build-box", Optional.of(BUILD_BOX), Optional.of(BUILD_BOX)),
                        new HostReads("gpu-box", Optional.of(GPU_BOX), Optional.of(GPU_BOX))),
                Map.of(5L, "build-box", 40L, "gpu-box"),
                NOW);

        SourceStatus builder = freshness.of(heartbeat("agent:builder", 5));
        assertEquals(Freshness.STALE, builder.freshness());
        assertTrue(
                builder.reason().contains("collector host build-box has not reported since 2026-03-02T09:01:00Z"),
                builder.reason());
        SourceStatus trainer = freshness.of(heartbeat("agent:trainer", 40));
        assertEquals(Freshness.LIVE, trainer.freshness());
        assertNull(trainer.reason());
        assertEquals(Freshness.LIVE, freshness.source().freshness(), "the source as a whole is still read");
    }

    @Test
    void withOneHostEveryRowShowsTheSourcesStatus() {
        SourceStatus status =
                HostReads.status("heartbeats", "Agent heartbeats", Optional.of(BUILD_BOX), Optional.of(BUILD_BOX), NOW);
        HostFreshness freshness = HostFreshness.single(status);

        assertEquals(status, freshness.of(heartbeat("agent:builder", 5)));
        assertEquals(status, freshness.of(null), "a row without this input shows the source");
    }

    private static Observation heartbeat(String subject, long readId) {
        return new Observation(
                readId * 10,
                readId,
                "heartbeats",
                subject,
                NOW.minus(Duration.ofMinutes(30)),
                null,
                "HeartbeatRead",
                "h" + readId,
                "{}",
                false);
    }

    private static SourceRead read(long id, String host, Instant finished) {
        return new SourceRead(
                id,
                "heartbeats",
                host,
                host + "-" + finished,
                finished.minusMillis(50),
                finished,
                ReadOutcome.OK,
                null,
                1,
                0,
                BOUND);
    }
}
