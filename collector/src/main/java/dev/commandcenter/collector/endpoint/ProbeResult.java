package dev.commandcenter.collector.endpoint;

import java.time.Duration;

/**
 * What one GET of a health endpoint gave, before it is judged.
 *
 * @param status      the HTTP status; 0 when there was no answer
 * @param contentType the answer's content type, if any
 * @param retryAfter  the {@code Retry-After} header, if any
 * @param location    the {@code Location} header of a redirect, if any
 * @param latency     time until the answer's headers (or until the failure)
 * @param failure     why there was no answer ({@code timeout}, {@code refused}, {@code error}); null when answered
 * @param detail      the failure in words
 */
public record ProbeResult(
        int status,
        String contentType,
        String retryAfter,
        String location,
        Duration latency,
        String failure,
        String detail) {

    public static ProbeResult answered(
            int status, String contentType, String retryAfter, String location, Duration latency) {
        return new ProbeResult(status, contentType, retryAfter, location, latency, null, null);
    }

    public static ProbeResult failed(String failure, String detail, Duration latency) {
        return new ProbeResult(0, null, null, null, latency, failure, detail);
    }
}
