package dev.commandcenter.ui.roles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CollectorRoleTest.CollectorOnly.class)
class CollectorRoleTest {

    public static class CollectorOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("command-center.role", "collector");
        }
    }

    @Test
    void aCollectorOnlyProcessServesNoViewsButStillReportsItsHealth() {
        given().get("/api/sources").then().statusCode(404).body(containsString("command-center.role=collector"));
        given().get("/").then().statusCode(404);
        given().get("/q/health/live").then().statusCode(200);
    }
}
