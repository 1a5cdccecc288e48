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

    private static final List<String> EVERY_KIND_OF_ROUTE = List.of("/", "/api/sources", "/dashboard.css",
            "/q/health", "/q/openapi", "/no-such-page");

    @TestHTTPResource("/")
    URL base;

    @Inject
    AdditionalListeners listeners;

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
        RawHttp.Answer answer = get("/", "localhost:" + port(), Map.of(
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

    private int port() {
        return base.getPort();
    }

    private RawHttp.Answer get(String path, String host, Map<String, String> headers) throws Exception {
        return RawHttp.get("127.0.0.1", port(), path, host, headers);
    }
}
