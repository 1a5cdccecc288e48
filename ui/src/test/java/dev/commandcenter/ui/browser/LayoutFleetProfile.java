package dev.commandcenter.ui.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Views only, on a fleet-scale log of their own, filled when the layout tests start: they measure
 * the brief as an operator sees it, read a minute ago at most, not after every other suite has run.
 */
public class LayoutFleetProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("command-center.role", "query",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:layout-fleet;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
