package dev.commandcenter.collector.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

/** Sends one GET to a health endpoint and measures how long the answer took. I/O only; judging is elsewhere. */
final class EndpointProbe {

    /** Enough of a body to drain a health answer; a bigger one is cut off, not buffered. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpClient client;
    private final LongSupplier nanoTime;

    /**
     * @param nanoTime the clock latency is measured with: {@code System::nanoTime} outside tests, so
     *                 tests can judge a known latency rather than the machine's speed
     */
    EndpointProbe(HttpClient client, LongSupplier nanoTime) {
        this.client = client;
        this.nanoTime = nanoTime;
    }

    /** Redirects are never followed: a health URL that redirects (typically to a login page) is itself the finding. */
    static EndpointProbe withDefaults(Duration connectTimeout, LongSupplier nanoTime) {
        return new EndpointProbe(
                HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                nanoTime);
    }

    CompletableFuture<ProbeResult> get(URI url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(timeout)
                .header("Accept", "application/json, text/plain;q=0.5")
                .build();
        long start = nanoTime.getAsLong();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    Duration latency = Duration.ofNanos(nanoTime.getAsLong() - start);
                    drain(response.body());
                    return ProbeResult.answered(
                            response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(null),
                            response.headers().firstValue("Retry-After").orElse(null),
                            response.headers().firstValue("Location").orElse(null),
                            latency);
                })
                .exceptionally(e -> failure(e, Duration.ofNanos(nanoTime.getAsLong() - start), timeout));
    }

    private static void drain(InputStream body) {
        try (body) {
            body.readNBytes(MAX_BODY_BYTES);
        } catch (IOException e) {
            // The status and headers already arrived; a body cut short does not change the verdict.
        }
    }

    private static ProbeResult failure(Throwable e, Duration latency, Duration timeout) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpConnectTimeoutException) {
            return ProbeResult.failed("timeout", "no connection within " + timeout.toMillis() + " ms", latency);
        }
        if (cause instanceof HttpTimeoutException) {
            return ProbeResult.failed("timeout", "no answer within " + timeout.toMillis() + " ms", latency);
        }
        if (cause instanceof ConnectException) {
            return ProbeResult.failed("refused", "connection refused", latency);
        }
        return ProbeResult.failed(
                "error",
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                latency);
    }
}
