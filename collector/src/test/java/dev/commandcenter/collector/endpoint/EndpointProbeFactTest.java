package dev.commandcenter.collector.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.commandcenter.fact.EndpointProbeFact;
import dev.commandcenter.fact.ProbeOutcome;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the agent health view reads of an endpoint probe, read back from the payloads the probe's verdict writes. */
class EndpointProbeFactTest {

    private static final URI OLLAMA = URI.create("http://ops:s3cret@127.0.0.1:11434/api/tags");
    private static final Duration SLOW_AFTER = Duration.ofSeconds(2);

    @Test
    void aQuickSuccessIsUpWithItsStatusRoundedLatencyAndMaskedUrl() {
        EndpointProbeFact fact = read(ProbeResult.answered(200, "application/json", null, null, Duration.ofMillis(12)));

        assertEquals("ollama", fact.name());
        assertEquals("http://***@127.0.0.1:11434/api/tags", fact.url());
        assertEquals(ProbeOutcome.UP, fact.state());
        assertEquals(200, fact.status());
        assertEquals(10L, fact.latencyMs());
        assertEquals(2000L, fact.slowAfterMs());
        assertNull(fact.reason());
    }

    @Test
    void a429IsRateLimitedAndARefusedConnectionIsDownWithoutAStatus() {
        EndpointProbeFact limited =
                read(ProbeResult.answered(429, "application/json", "30", null, Duration.ofMillis(40)));
        assertEquals(ProbeOutcome.RATE_LIMITED, limited.state());
        assertEquals("HTTP 429, retry after 30", limited.reason());

        EndpointProbeFact refused = read(ProbeResult.failed("refused", "connection refused", Duration.ofMillis(1)));
        assertEquals(ProbeOutcome.DOWN, refused.state());
        assertNull(refused.status());
        assertEquals("refused: connection refused", refused.reason());
    }

    @Test
    void aSlowAnswerIsDegraded() {
        EndpointProbeFact slow = read(ProbeResult.answered(200, "application/json", null, null, Duration.ofSeconds(3)));

        assertEquals(ProbeOutcome.DEGRADED, slow.state());
        assertEquals(3000L, slow.latencyMs());
    }

    private static EndpointProbeFact read(ProbeResult probe) {
        return EndpointProbeFact.READER.read(EndpointVerdict.judge("ollama", OLLAMA, SLOW_AFTER, probe));
    }
}
