package dev.commandcenter.ui.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Views only, on an empty log of their own that nothing appends to but the tests: a quiet night. */
public class QuietLogProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "command-center.role",
                "query",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:quiet-log;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
