package dev.commandcenter.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Nothing the command center serves changes anything: every route answers GET (and HEAD) only. */
@QuarkusTest
class ReadOnlyRoutesTest {

    private static final List<String> ROUTES = List.of(
            "/",
            "/sources",
            "/agents",
            "/reviews",
            "/cron",
            "/tasks",
            "/api/sources",
            "/api/views/brief",
            "/api/views/agent-health",
            "/api/views/review-queue",
            "/api/views/cron-state",
            "/api/views/task-board",
            "/api/history/transitions",
            "/api/history/availability",
            "/api/log",
            "/dashboard.css",
            "/q/health",
            "/q/metrics",
            "/q/openapi");

    private static final List<String> LOG_TABLES =
            List.of("source_read", "subject", "observation", "checkpoint", "checkpoint_entry", "late_observation");

    @Inject
    DataSource dataSource;

    @Inject
    ObservationLog log;

    @Test
    void everyRouteRefusesWritesAndTheLogIsUntouched() throws SQLException {
        Instant now = Instant.now();
        log.append(new PollResult(
                UUID.randomUUID().toString(),
                "test-host",
                "read-only-check",
                now.minusMillis(100),
                now,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(new SubjectSeen(
                        "check:one",
                        "checked",
                        now,
                        JsonNodeFactory.instance.objectNode().put("state", "seen"))),
                List.of()));
        Map<String, List<String>> before = logRows();
        assertTrue(before.get("observation").stream().anyMatch(row -> row.contains("check:one")), "the log has rows");
        List<String> accepted = new ArrayList<>();
        for (String route : ROUTES) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                int status = given().body("{}")
                        .contentType("application/json")
                        .request(method, route)
                        .statusCode();
                if (status != 405 && status != 404) {
                    accepted.add(method + " " + route + " -> " + status);
                }
            }
            given().head(route).then().statusCode(anyOf(equalTo(200), equalTo(400)));
        }
        assertEquals(List.of(), accepted, "routes that accepted a write");
        // The collector keeps appending meanwhile; what was in the log before must still be there, unchanged.
        Map<String, List<String>> after = logRows();
        before.forEach((table, rows) -> {
            List<String> lost = new ArrayList<>(rows);
            lost.removeAll(after.get(table));
            assertEquals(List.of(), lost, "rows of " + table + " changed or removed by a request");
        });
    }

    /** Every row of every log table, each as one line of its column values. */
    private Map<String, List<String>> logRows() throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : LOG_TABLES) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            line.append(rs.getString(c)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                rows.put(table, lines);
            }
        }
        return rows;
    }
}
