package dev.commandcenter.ui.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Views only, on a fleet-scale log of their own, for the tests that replay, filter and follow strips:
 * they leave the fleet of {@link PopulatedFleetProfile} to the layout tests, which measure it fresh.
 */
public class FleetPagesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("command-center.role", "query",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:fleet-pages;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
