package dev.commandcenter.collector.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.TestConfigs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointSourceTest {

    private HttpServer server;
    private ExecutorService threads;
    /** Far beyond any answer of a loaded machine: only the endpoint that never answers reaches it. */
    private static final Duration GENEROUS_TIMEOUT = Duration.ofSeconds(60);

    private static final LongSupplier STOPPED_CLOCK = () -> 0L;

    private final List<String> methods = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext(
                "/api/tags", ex -> answer(ex, 200, "application/json", "{\"models\":[{\"name\":\"qwen3:8b\"}]}", 0));
        server.createContext("/v1/models", ex -> {
            ex.getResponseHeaders().add("Retry-After", "30");
            answer(ex, 429, "application/json", "{\"error\":\"rate limited\"}", 0);
        });
        server.createContext("/health", ex -> answer(ex, 500, "application/json", "{\"status\":\"error\"}", 0));
        server.createContext("/hang", ex -> answer(ex, 200, "application/json", "{}", 60_000));
        server.createContext(
                "/login", ex -> answer(ex, 200, "text/html; charset=utf-8", "<html><body>Sign in</body></html>", 0));
        server.createContext("/sso-health", ex -> {
            ex.getResponseHeaders().add("Location", "/login?next=%2Fsso-health");
            answer(ex, 302, "text/plain", "", 0);
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void judgesEachAnswerAsAnOperatorWouldReadIt() throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("ollama", "/api/tags");
        urls.put("openai-proxy", "/v1/models");
        urls.put("llama-cpp", "/health");
        urls.put("behind-sso", "/login");

        // Latency measured by a stopped clock: the verdicts cannot depend on how busy the machine is.
        Map<String, JsonNode> probed = poll(urls, Duration.ofSeconds(2), GENEROUS_TIMEOUT, STOPPED_CLOCK);

        assertEquals("up", probed.get("ollama").get("state").asText());
        assertEquals(200, probed.get("ollama").get("status").asInt());
        assertEquals("rate-limited", probed.get("openai-proxy").get("state").asText());
        assertEquals(
                "HTTP 429, retry after 30",
                probed.get("openai-proxy").get("reason").asText());
        assertEquals("down", probed.get("llama-cpp").get("state").asText());
        assertEquals("HTTP 500", probed.get("llama-cpp").get("reason").asText());
        assertEquals("degraded", probed.get("behind-sso").get("state").asText());
        assertTrue(methods.stream().allMatch("GET"::equals), "only GET is ever sent: " + methods);
    }

    @Test
    void anAnswerSlowerThanItsBoundIsDegradedWithTheLatencyNamed() throws Exception {
        AtomicLong nanos = new AtomicLong();
        // Each reading of this clock is 2.5 s after the previous one: every answer takes exactly 2.5 s.
        LongSupplier slowClock = () -> nanos.addAndGet(2_500_000_000L);

        JsonNode vllm = poll(Map.of("vllm", "/api/tags"), Duration.ofSeconds(2), GENEROUS_TIMEOUT, slowClock)
                .get("vllm");

        assertEquals("degraded", vllm.get("state").asText());
        assertEquals(2500, vllm.get("latency_ms").asLong());
        assertEquals("answered in 2500 ms, slower than 2s", vllm.get("reason").asText());
    }

    @Test
    void anEndpointThatNeverAnswersIsDownByTimeout() throws Exception {
        JsonNode stuck = poll(
                        Map.of("stuck-service", "/hang"),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(1),
                        System::nanoTime)
                .get("stuck-service");

        assertEquals("down", stuck.get("state").asText());
        assertTrue(stuck.get("reason").asText().startsWith("timeout"), stuck.toString());
    }

    @Test
    void aRedirectIsDegradedAndNamesWhereItLeadsWithoutFollowingIt() throws Exception {
        JsonNode sso = poll(Map.of("grafana", "/sso-health"), Duration.ofSeconds(2), GENEROUS_TIMEOUT, STOPPED_CLOCK)
                .get("grafana");

        assertEquals("degraded", sso.get("state").asText());
        assertEquals(302, sso.get("status").asInt());
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertEquals(
                "HTTP 302 redirects to " + base + "/login?next=%2Fsso-health"
                        + " (not followed: a health URL should answer itself)",
                sso.get("reason").asText());
        assertEquals(List.of("/sso-health"), paths, "the redirect was not followed");
    }

    @Test
    void credentialsInAnEndpointUrlAreNeverShownNorStored() throws Exception {
        String base = "http://admin:hunter2@127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("ollama", base + "/api/tags?api_key=SECRET-KEY&verbose=1");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        urls.put("gone", "http://admin:hunter2@127.0.0.1:" + closedPort + "/health?token=SECRET-KEY");

        List<SubjectSeen> seen =
                source(urls, GENEROUS_TIMEOUT, STOPPED_CLOCK).poll().seen();

        String stored = seen.toString();
        assertTrue(!stored.contains("hunter2") && !stored.contains("SECRET-KEY"), "credentials leaked: " + stored);
        Map<String, JsonNode> byName =
                seen.stream().collect(Collectors.toMap(SubjectSeen::subject, SubjectSeen::payload));
        JsonNode ollama = byName.get("endpoint:ollama");
        assertEquals(
                "http://***@127.0.0.1:" + server.getAddress().getPort() + "/api/tags?api_key=***&verbose=1",
                ollama.get("url").asText());
        assertEquals("up", ollama.get("state").asText());
        assertEquals("down", byName.get("endpoint:gone").get("state").asText());
    }

    @Test
    void aRefusedConnectionIsDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        EndpointSource source = source(Map.of("ollama", "http://127.0.0.1:" + closedPort + "/api/tags"));

        JsonNode payload = source.poll().seen().get(0).payload();

        assertEquals("down", payload.get("state").asText());
        assertEquals("refused: connection refused", payload.get("reason").asText());
    }

    @Test
    void noTargetsIsUnconfigured() {
        SourceFailure failure =
                assertThrows(SourceFailure.class, () -> source(Map.of()).poll());
        assertEquals(ReadOutcome.UNCONFIGURED, failure.outcome());
    }

    private Map<String, JsonNode> poll(
            Map<String, String> paths, Duration slowAfter, Duration timeout, LongSupplier nanoTime)
            throws SourceFailure {
        Map<String, String> urls = new LinkedHashMap<>();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        paths.forEach((name, path) -> urls.put(name, base + path));
        return source(urls, slowAfter, timeout, nanoTime).poll().seen().stream()
                .collect(Collectors.toMap(s -> s.subject().substring("endpoint:".length()), SubjectSeen::payload));
    }

    private void answer(HttpExchange exchange, int status, String type, String body, long delayMillis)
            throws IOException {
        methods.add(exchange.getRequestMethod());
        paths.add(exchange.getRequestURI().getPath());
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The prober gave up on this answer; that is what the test wants to see.
        }
    }

    private static EndpointSource source(Map<String, String> urls) {
        return source(urls, Duration.ofSeconds(2), Duration.ofSeconds(2), System::nanoTime);
    }

    private static EndpointSource source(Map<String, String> urls, Duration timeout, LongSupplier nanoTime) {
        return source(urls, Duration.ofSeconds(2), timeout, nanoTime);
    }

    /** An endpoint source over {@code urls} by target name, with the settings' own defaults for the rest. */
    private static EndpointSource source(
            Map<String, String> urls, Duration slowAfter, Duration timeout, LongSupplier nanoTime) {
        Map<String, String> settings = new HashMap<>();
        settings.put("timeout", timeout.toString());
        urls.forEach((name, url) -> {
            settings.put("targets.\"" + name + "\".url", url);
            settings.put("targets.\"" + name + "\".slow-after", slowAfter.toString());
        });
        return new EndpointSource(TestConfigs.of(EndpointsConfig.class, settings), nanoTime);
    }
}
