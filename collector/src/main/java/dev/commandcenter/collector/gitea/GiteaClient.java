package dev.commandcenter.collector.gitea;

import dev.commandcenter.observation.ReadOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Gitea's REST API, read with GET only: I/O and nothing else. Redirects are not followed and
 * pagination links are never requested as given (the next page is asked from the configured base
 * URL), so the token goes to no other host.
 */
final class GiteaClient {

    static final String API = "/api/v1";
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final HttpClient http;
    private final String base;
    private final String token;
    private final Duration timeout;

    GiteaClient(HttpClient http, URI base, String token, Duration timeout) {
        this.http = http;
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.token = token;
        this.timeout = timeout;
    }

    static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** GET {@code /api/v1<path>?<query>}; any answer but 2xx JSON is a {@link GiteaReadError}. */
    GiteaResponse get(String path, Map<String, String> query) throws GiteaReadError {
        URI uri = URI.create(base + API + path + encode(query));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "token " + token)
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new GiteaReadError(
                    ReadOutcome.TIMEOUT, 0, "GET " + path + ": no answer within " + timeout.toSeconds() + "s");
        } catch (ConnectException e) {
            throw new GiteaReadError(ReadOutcome.UNREACHABLE, 0, "GET " + path + ": cannot connect to " + base);
        } catch (IOException e) {
            throw new GiteaReadError(
                    ReadOutcome.UNREACHABLE,
                    0,
                    "GET " + path + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GiteaReadError(ReadOutcome.TIMEOUT, 0, "GET " + path + ": interrupted");
        }
        String body = readCapped(path, response.body());
        return new GiteaResponse(
                path,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                body,
                response.headers().firstValue("Link"));
    }

    private static String readCapped(String path, InputStream in) throws GiteaReadError {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new GiteaReadError(
                        ReadOutcome.MALFORMED,
                        0,
                        "GET " + path + ": answer larger than " + (MAX_BODY_BYTES >> 20) + " MiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GiteaReadError(
                    ReadOutcome.MALFORMED, 0, "GET " + path + ": answer cut short (" + e.getMessage() + ")");
        }
    }

    private static String encode(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        query.forEach((k, v) -> joined.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
