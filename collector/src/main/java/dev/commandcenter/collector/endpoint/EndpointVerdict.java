package dev.commandcenter.collector.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Ages;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Judges one probe: 429 is rate-limited; 5xx, a timeout or a refused connection is down; an
 * answer slower than the bound, an HTML page or another 4xx is degraded; otherwise up. Pure.
 */
final class EndpointVerdict {

    private EndpointVerdict() {
    }

    static ObjectNode judge(String name, URI url, Duration slowAfter, ProbeResult probe) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("name", name);
        payload.put("url", url.toString());
        payload.put("status", probe.status() == 0 ? null : probe.status());
        payload.put("latency_ms", roundedMillis(probe.latency()));
        payload.put("slow_after_ms", slowAfter.toMillis());
        if (probe.failure() != null) {
            return state(payload, "down", probe.failure() + ": " + probe.detail());
        }
        int status = probe.status();
        if (status == 429) {
            return state(payload, "rate-limited", "HTTP 429"
                    + (probe.retryAfter() == null ? "" : ", retry after " + probe.retryAfter()));
        }
        if (status >= 500) {
            return state(payload, "down", "HTTP " + status);
        }
        if (status >= 400) {
            return state(payload, "degraded", "HTTP " + status);
        }
        if (probe.contentType() != null && probe.contentType().toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return state(payload, "degraded", "answered an HTML page, not a health answer (a proxy or login page?)");
        }
        if (probe.latency().compareTo(slowAfter) > 0) {
            return state(payload, "degraded", "answered in " + probe.latency().toMillis() + " ms, slower than "
                    + Ages.describe(slowAfter));
        }
        return state(payload, "up", null);
    }

    /** Rounded to 10 ms, so that jitter alone does not store a new observation on every poll. */
    private static long roundedMillis(Duration latency) {
        return Math.round(latency.toNanos() / 10_000_000.0) * 10;
    }

    private static ObjectNode state(ObjectNode payload, String state, String reason) {
        payload.put("state", state);
        payload.put("reason", reason);
        return payload;
    }
}
