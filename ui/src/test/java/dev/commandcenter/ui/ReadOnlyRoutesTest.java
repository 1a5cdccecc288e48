package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.log.LogReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing the command center serves changes anything: every route answers GET (and HEAD) only. */
@QuarkusTest
class ReadOnlyRoutesTest {

    private static final List<String> ROUTES = List.of("/", "/sources", "/agents", "/reviews", "/cron", "/tasks",
            "/api/sources", "/api/views/brief", "/api/views/agent-health", "/api/views/review-queue",
            "/api/views/cron-state", "/api/views/task-board", "/api/history/transitions",
            "/api/history/availability", "/api/log", "/dashboard.css", "/q/health", "/q/metrics", "/q/openapi");

    @Inject
    LogReader log;

    @Inject
    Clock clock;

    @Test
    void everyRouteRefusesWritesAndTheLogIsUntouched() {
        List<Integer> before = List.of(log.recentReads("gitea", clock.instant(), 1000).size());
        List<String> accepted = new java.util.ArrayList<>();
        for (String route : ROUTES) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                int status = given().body("{}").contentType("application/json").request(method, route).statusCode();
                if (status != 405 && status != 404) {
                    accepted.add(method + " " + route + " -> " + status);
                }
            }
            given().head(route).then().statusCode(anyOf(equalTo(200), equalTo(400)));
        }
        assertEquals(List.of(), accepted, "routes that accepted a write");
        // The only writer is the collector's own poll; nothing a request did added a read.
        assertEquals(before.get(0) <= log.recentReads("gitea", clock.instant(), 1000).size(), true);
    }
}
