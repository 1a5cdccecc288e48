package dev.commandcenter.ui.history;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A log of its own, so that the polls a history test records are seen by no other test. */
public class HistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:history;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
