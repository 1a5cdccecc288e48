package dev.commandcenter.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** tailscale serve proxies the tailnet to the loopback listener and names the user in a header. */
@QuarkusTest
@TestProfile(ServeProxyProfile.class)
class ServeProxyIdentityTest {

    private static final String SERVE_HOST = "box.example-tailnet.ts.net";

    @TestHTTPResource("/")
    URL base;

    @Test
    void thePageShowsTheLoginTailscaleServeNamed() throws Exception {
        RawHttp.Answer answer = get(Map.of("Tailscale-User-Login", "alice@example.com"));

        assertEquals(200, answer.status());
        assertTrue(
                answer.body().contains("<span id=\"viewer\">alice@example.com (via tailscale serve)</span>"),
                answer.body());
    }

    @Test
    void aLoginOutsideTheAllowlistIsRefused() throws Exception {
        assertEquals(
                403, get(Map.of("Tailscale-User-Login", "mallory@example.com")).status());
    }

    @Test
    void withAnAllowlistARequestWithoutIdentityIsRefused() throws Exception {
        assertEquals(403, get(Map.of()).status(), "fail closed: no identity, no page");
    }

    private RawHttp.Answer get(Map<String, String> headers) throws Exception {
        return RawHttp.get("127.0.0.1", base.getPort(), "/", SERVE_HOST, headers);
    }
}
