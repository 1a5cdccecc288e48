package dev.commandcenter.ui.isolation;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs a hanging, a throwing and a healthy source side by side, on short intervals. */
public class IsolationProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "test-fixture.sources",
                "isolation",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:isolation;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }
}
