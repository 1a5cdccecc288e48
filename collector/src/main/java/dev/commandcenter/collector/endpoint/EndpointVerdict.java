package dev.commandcenter.collector.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.RedactedUrl;
import dev.commandcenter.observation.Ages;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Judges one probe: 429 is rate-limited; 5xx, a timeout or a refused connection is down; an
 * answer slower than the bound, an HTML page, a redirect or another 4xx is degraded; otherwise up.
 * A redirect is not followed: a health URL that sends elsewhere (typically to a login page) does
 * not say the service is healthy. The URL is stored with its credentials masked. Pure.
 */
final class EndpointVerdict {

    private EndpointVerdict() {}

    static ObjectNode judge(String name, URI url, Duration slowAfter, ProbeResult probe) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("name", name);
        payload.put("url", RedactedUrl.of(url));
        payload.put("status", probe.status() == 0 ? null : probe.status());
        payload.put("latency_ms", roundedMillis(probe.latency()));
        payload.put("slow_after_ms", slowAfter.toMillis());
        if (probe.failure() != null) {
            return state(payload, "down", probe.failure() + ": " + RedactedUrl.scrub(probe.detail(), url));
        }
        int status = probe.status();
        if (status == 429) {
            return state(
                    payload,
                    "rate-limited",
                    "HTTP 429" + (probe.retryAfter() == null ? "" : ", retry after " + probe.retryAfter()));
        }
        if (status >= 500) {
            return state(payload, "down", "HTTP " + status);
        }
        if (status >= 400) {
            return state(payload, "degraded", "HTTP " + status);
        }
        if (status >= 300) {
            return state(
                    payload,
                    "degraded",
                    "HTTP " + status + " redirects to " + target(url, probe.location())
                            + " (not followed: a health URL should answer itself)");
        }
        if (probe.contentType() != null
                && probe.contentType().toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return state(payload, "degraded", "answered an HTML page, not a health answer (a proxy or login page?)");
        }
        if (probe.latency().compareTo(slowAfter) > 0) {
            return state(
                    payload,
                    "degraded",
                    "answered in " + probe.latency().toMillis() + " ms, slower than " + Ages.describe(slowAfter));
        }
        return state(payload, "up", null);
    }

    /** Where a redirect points, resolved against the probed URL and masked like it; "nowhere" without a Location. */
    private static String target(URI url, String location) {
        if (location == null || location.isBlank()) {
            return "nowhere (no Location header)";
        }
        try {
            return RedactedUrl.of(url.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            return "an unparsable Location";
        }
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
