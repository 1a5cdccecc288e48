package dev.commandcenter.ui.roles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(QueryRoleTest.QueryOnly.class)
class QueryRoleTest {

    public static class QueryOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "command-center.role",
                    "query",
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:query-role;DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        }
    }

    @Test
    void aQueryOnlyProcessPollsNothingAndSaysSo() throws InterruptedException {
        Thread.sleep(2_500); // more than two collector intervals of the test configuration
        given().get("/api/sources")
                .then()
                .statusCode(200)
                .body("sources.find { it.source == 'collector' }.freshness", equalTo("unknown"))
                .body("sources.find { it.source == 'collector' }.reason", equalTo("never read"));
    }
}
