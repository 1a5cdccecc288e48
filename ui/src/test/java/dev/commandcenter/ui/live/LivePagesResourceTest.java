package dev.commandcenter.ui.live;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages' live part, their entity tags and compression, and the event stream open pages listen to. */
@QuarkusTest
class LivePagesResourceTest {

    @TestHTTPResource("/live")
    URL live;

    @Inject
    ObservationLog log;

    @Inject
    Clock clock;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/agents", "/reviews", "/cron", "/tasks", "/sources"})
    void everyPageAnswersItsLiveFragmentAloneAndNotModifiedWhileItShowsTheSame(String page) {
        // The collector here polls every second and each read may change the page: ask twice in a row
        // until no poll fell in between.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String tag = given().header("X-Fragment", "live")
                    .get(page)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", containsString("no-cache"))
                    .header("Vary", containsString("X-Fragment"))
                    .body(
                            startsWith("<div id=\"live\" data-at=\""),
                            not(containsString("<html")),
                            not(containsString("<header")))
                    .extract()
                    .header("ETag");
            assertNotNull(tag, page + " carries an entity tag");
            assertTrue(tag.startsWith("W/\""), tag);
            given().header("X-Fragment", "live")
                    .header("If-None-Match", tag)
                    .get(page)
                    .then()
                    .statusCode(304)
                    .body(emptyString());
        });
    }

    @Test
    void aWholePageIsTaggedTooAndItsTagIsNotTheFragments() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String tag = given().get("/agents")
                    .then()
                    .statusCode(200)
                    .body(containsString("<html"), containsString("data-live-version=\""))
                    .extract()
                    .header("ETag");
            given().header("If-None-Match", tag).get("/agents").then().statusCode(304);
            given().header("X-Fragment", "live")
                    .header("If-None-Match", tag)
                    .get("/agents")
                    .then()
                    .statusCode(200);
        });
    }

    @Test
    void aPageWhoseStatesChangedIsSentAgain() {
        String tag = given().header("X-Fragment", "live")
                .get("/sources")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        appendRead("forge-tagged");
        String changed = given().header("X-Fragment", "live")
                .header("If-None-Match", tag)
                .get("/sources")
                .then()
                .statusCode(200)
                .body(containsString("forge-tagged"))
                .extract()
                .header("ETag");
        assertNotEquals(tag, changed);
    }

    @Test
    void pagesTravelCompressedToABrowserThatAcceptsIt() {
        given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/agents")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/api/views/agent-health")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void theEventStreamTellsTheVersionAtOnceAgainWithinASecondOfAnAppendAndBeatsWhenQuiet() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(live.toString()))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals(
                "identity",
                response.headers().firstValue("Content-Encoding").orElse("identity"),
                "events are never held back by compression");
        try (BufferedReader events =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = next(events, "version", Duration.ofSeconds(5));
            assertNotNull(first, "the first event names the version");

            Instant appended = clock.instant();
            appendRead("forge-live");
            String moved = null;
            while (moved == null || moved.equals(first)) {
                moved = next(events, "version", Duration.ofSeconds(2));
                assertNotNull(moved, "a new version within 2 s of an append");
            }
            assertTrue(
                    Duration.between(appended, clock.instant()).compareTo(Duration.ofMillis(1500)) < 0,
                    "told within 1.5 s");
        } finally {
            response.body().close();
        }
    }

    /** The data of the next event named {@code name}, or null when none comes within {@code within}. */
    private static String next(BufferedReader events, String name, Duration within) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        String event = null;
                        for (String line = events.readLine(); line != null; line = events.readLine()) {
                            if (line.startsWith("event:")) {
                                event = line.substring(6).trim();
                            } else if (line.startsWith("data:") && name.equals(event)) {
                                return line.substring(5).trim();
                            }
                        }
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .completeOnTimeout(null, within.toMillis(), TimeUnit.MILLISECONDS)
                .get();
    }

    private void appendRead(String source) {
        Instant now = clock.instant();
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                source,
                now.minusMillis(300),
                now,
                ReadOutcome.UNREACHABLE,
                "connection refused",
                Duration.ofMinutes(3),
                List.of(),
                List.of()));
    }
}
