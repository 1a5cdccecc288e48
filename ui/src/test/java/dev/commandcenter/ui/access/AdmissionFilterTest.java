package dev.commandcenter.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default loopback listener, as a browser and as a DNS-rebinding page would reach it. */
@QuarkusTest
class AdmissionFilterTest {

    private static final List<String> EVERY_KIND_OF_ROUTE =
            List.of("/", "/api/sources", "/dashboard.css", "/q/health", "/q/openapi", "/no-such-page");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AdditionalListeners listeners;

    @Inject
    AccessSettings settings;

    @Test
    void asShippedATailnetPeerTailscaledCannotConfirmWouldBeRefused() {
        assertTrue(settings.requireWhois().isEmpty(), "no opt-out in the shipped configuration");
        assertTrue(settings.whoisRequired());
    }

    @Test
    void aForeignHostHeaderIsRefusedOnEveryRoute() throws Exception {
        for (String path : EVERY_KIND_OF_ROUTE) {
            RawHttp.Answer answer = get(path, "attacker.example:" + port(), Map.of());
            assertEquals(403, answer.status(), path);
            assertFalse(answer.body().contains("Command center"), path);
        }
    }

    @Test
    void localhostAndTheLoopbackAddressWithThePortAreAdmitted() throws Exception {
        for (String host : List.of("localhost:" + port(), "127.0.0.1:" + port(), "localhost", "[::1]:" + port())) {
            RawHttp.Answer answer = get("/api/sources", host, Map.of());
            assertEquals(200, answer.status(), host);
            assertTrue(answer.body().contains("\"source\":\"collector\""), host);
        }
    }

    @Test
    void aRequestWithoutHostHeaderIsRefused() throws Exception {
        RawHttp.Answer answer = get("/api/sources", null, Map.of());

        assertEquals(400, answer.status(), "Vert.x rejects HTTP/1.1 without Host before any route");
        assertFalse(answer.body().contains("collector"));
    }

    @Test
    void spoofedForwardingAndIdentityHeadersFromALocalProcessAreIgnored() throws Exception {
        RawHttp.Answer answer = get(
                "/",
                "localhost:" + port(),
                Map.of(
                        "X-Forwarded-For", "100.100.7.7",
                        "Forwarded", "for=100.100.7.7",
                        "Tailscale-User-Login", "mallory@example.com",
                        "Tailscale-User-Name", "Mallory"));

        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("<span id=\"viewer\">a local user of this machine</span>"), answer.body());
        assertFalse(answer.body().contains("mallory"), "the claimed identity never reaches the page");
    }

    @Test
    void theIpv6LoopbackListenerServesTheSameApplication() throws Exception {
        int v6port = listeners.ports().get(0);

        RawHttp.Answer admitted = RawHttp.get("::1", v6port, "/api/sources", "[::1]:" + v6port, Map.of());
        RawHttp.Answer refused = RawHttp.get("::1", v6port, "/api/sources", "attacker.example", Map.of());

        assertEquals(200, admitted.status());
        assertEquals(403, refused.status());
    }

    @Test
    void aRefusalSaysWhy() throws Exception {
        RawHttp.Answer answer = get("/api/sources", "attacker.example", Map.of());

        assertEquals(403, answer.status());
        assertTrue(answer.body().startsWith("Forbidden: Host header names another site."), answer.body());
    }

    @Test
    void anAbsoluteFormTargetNamingAnotherSiteIsRefusedLikeAForeignHost() throws Exception {
        String host = "localhost:" + port();
        RawHttp.Answer foreign = RawHttp.send(
                "127.0.0.1",
                port(),
                "GET http://attacker.example/api/sources HTTP/1.1" + "\r\nHost: " + host
                        + "\r\nConnection: close\r\n\r\n");
        RawHttp.Answer own = RawHttp.send(
                "127.0.0.1",
                port(),
                "GET http://" + host + "/api/sources HTTP/1.1" + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");

        assertEquals(403, foreign.status());
        assertTrue(foreign.body().contains("request target names another site"), foreign.body());
        assertFalse(foreign.body().contains("collector"));
        assertEquals(200, own.status());
    }

    @Test
    void twoHostHeadersAreRefused() throws Exception {
        for (String second : List.of("attacker.example", "localhost:" + port())) {
            RawHttp.Answer answer = RawHttp.send(
                    "127.0.0.1",
                    port(),
                    "GET /api/sources HTTP/1.1\r\nHost: localhost:" + port() + "\r\nHost: " + second
                            + "\r\nConnection: close\r\n\r\n");

            assertEquals(403, answer.status(), second);
            assertTrue(answer.body().contains("more than one Host header"), answer.body());
        }
    }

    @Test
    void aMalformedHostHeaderIsACleanRefusal() throws Exception {
        for (String host : List.of("localhost:" + port() + "@attacker.example", "a b")) {
            RawHttp.Answer answer = get("/api/sources", host, Map.of());

            assertEquals(400, answer.status(), host);
            assertTrue(answer.body().startsWith("Bad Request: "), answer.body());
            assertFalse(answer.body().contains("500") || answer.body().contains("error id"), answer.body());
            assertFalse(answer.body().contains("collector"), answer.body());
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        }
    }

    @Test
    void everyAnswerCarriesTheHardeningHeaders() throws Exception {
        String host = "localhost:" + port();
        List<RawHttp.Answer> answers = List.of(
                get("/", host, Map.of()),
                get("/api/sources", host, Map.of()),
                get("/dashboard.css", host, Map.of()),
                get("/api/sources?at=yesterday", host, Map.of()),
                get("/q/health", host, Map.of()),
                get("/api/sources", "attacker.example", Map.of()),
                RawHttp.send(
                        "127.0.0.1",
                        port(),
                        "DELETE /api/sources HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"));
        for (RawHttp.Answer answer : answers) {
            String status = answer.head().lines().findFirst().orElse("");
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), status);
            assertEquals("DENY", answer.header("X-Frame-Options"), status);
            assertEquals("no-referrer", answer.header("Referrer-Policy"), status);
            String policy = answer.header("Content-Security-Policy");
            assertTrue(
                    policy != null
                            && policy.startsWith("default-src 'none'")
                            && policy.contains("frame-ancestors 'none'"),
                    status + ": " + policy);
        }
    }

    private int port() {
        return base.getPort();
    }

    private RawHttp.Answer get(String path, String host, Map<String, String> headers) throws Exception {
        return RawHttp.get("127.0.0.1", port(), path, host, headers);
    }
}
