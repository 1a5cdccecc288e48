package dev.commandcenter.ui.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Views only, on a log of their own that the tests fill with the simulated fleet at fleet scale. */
public class PopulatedFleetProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("command-center.role", "query",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:populated-fleet;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
