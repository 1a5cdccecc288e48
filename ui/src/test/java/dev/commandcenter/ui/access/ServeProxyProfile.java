package dev.commandcenter.ui.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Behind tailscale serve: loopback only, the proxy's login header trusted, one login allowed. */
public class ServeProxyProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "command-center.access.trust-serve-proxy",
                "true",
                "command-center.access.allowed-logins",
                "alice@example.com",
                "command-center.access.magic-dns-name",
                "box.example-tailnet.ts.net",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:serve-proxy;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }
}
