package dev.commandcenter.ui.browser;

import static org.awaitility.Awaitility.await;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.sim.FleetScale;
import dev.commandcenter.sim.FleetSimulator;
import io.restassured.RestAssured;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The last ten minutes of the simulated fleet at fleet scale (50 agents, 200 PRs, 1,000 issues,
 * 100 jobs), appended once to a log that holds no agent yet; returns once the brief shows it (red).
 */
final class PopulatedFleet {

    private PopulatedFleet() {}

    static void fill(ObservationLog log, Clock clock) {
        append(log, clock);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RestAssured.get("/api/views/brief")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("overall")
                        .equals("red"));
    }

    private static synchronized void append(ObservationLog log, Clock clock) {
        if (!RestAssured.get("/api/views/agent-health")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("agents")
                .isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(Duration.ofMinutes(10));
        FleetSimulator fleet = new FleetSimulator(FleetScale.FLEET, from, 11, 1.0);
        for (Instant at = from.plus(FleetSimulator.POLL_INTERVAL);
                !at.isAfter(now);
                at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            for (PollResult poll : fleet.cycle(at)) {
                log.append(poll);
            }
        }
    }
}
