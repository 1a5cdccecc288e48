package dev.commandcenter.ui.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Views only (role {@code query}: nothing polled), on an in-memory log of the profile's own name: each
 * profile is a fresh application with an empty log, which its tests fill.
 */
abstract class ViewsOnOwnLog implements QuarkusTestProfile {

    private final String log;

    ViewsOnOwnLog(String log) {
        this.log = log;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "command-center.role",
                "query",
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:" + log
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
