package dev.commandcenter.ui.cron;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CronStateProfile.class)
class CronStateResourceTest {

    private static final Duration POLLS = Duration.ofSeconds(15);
    private static final String HOURLY = "jobs.find { it.job == '3211b8a1b2aa' }";

    @Test
    void killingTheRunnerTurnsEnabledJobsIntoRunnerAbsentWithinAPoll() throws Exception {
        Path home = CronStateProfile.HERMES_HOME;
        Process gateway = new ProcessBuilder("sleep", "120").start();
        try {
            long start = startTicks(gateway.pid());
            Files.writeString(
                    home.resolve("gateway.pid"),
                    "{\"pid\": " + gateway.pid()
                            + ", \"kind\": \"hermes-gateway\", \"argv\": [\"python\", \"-m\", \"hermes_cli.main\", \"gateway\", \"run\"],"
                            + " \"start_time\": " + start + "}");
            beatTicker(home);

            await().atMost(POLLS)
                    .untilAsserted(() -> given().get("/api/views/cron-state")
                            .then()
                            .statusCode(200)
                            .body("runners[0].liveness", equalTo("running"))
                            .body("runners[0].ticker", equalTo("healthy"))
                            .body(HOURLY + ".drifts", Matchers.not(hasItem("runner-absent")))
                            .body("sources.source", hasItems("hermes", "huey")));
        } finally {
            gateway.destroyForcibly();
            gateway.waitFor(5, TimeUnit.SECONDS);
        }
        beatTicker(home);

        await().atMost(POLLS)
                .untilAsserted(() -> given().get("/api/views/cron-state")
                        .then()
                        .body("runners[0].liveness", equalTo("dead"))
                        .body(HOURLY + ".drift", equalTo("runner-absent"))
                        .body(HOURLY + ".actual", equalTo("stranded"))
                        .body(HOURLY + ".source", equalTo("hermes"))
                        .body(HOURLY + ".freshness", equalTo("live"))
                        .body("jobs.find { it.job == '120349ec2eaa' }.desired", equalTo("paused")));

        given().get("/cron")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"job-default-3211b8a1b2aa\""))
                .body(containsString("drift-runner-absent"))
                .body(containsString("Paused by operator: mailbox migration in progress"))
                .body(containsString("id=\"queue-shop\""))
                .body(containsString("id=\"runner-default\""));
    }

    @Test
    void aHalfWrittenJobsFileKeepsTheLastGoodJobsVisibleAsStaleAndNothingIsEverWritten() throws Exception {
        Path jobs = CronStateProfile.HERMES_HOME.resolve("cron/jobs.json");
        await().atMost(POLLS)
                .untilAsserted(() -> given().get("/api/views/cron-state")
                        .then()
                        .body(HOURLY + ".freshness", equalTo("live"))
                        .body("queues.find { it.queue == 'shop' }.pending", equalTo(8))
                        .body("queues.find { it.queue == 'shop' }.error_results", equalTo(2))
                        .body("jobs.find { it.job == 'shop.tasks.nightly_export' }.source", equalTo("huey"))
                        .body(
                                "jobs.find { it.job == 'shop.tasks.nightly_export' }.schedule",
                                equalTo("0 2 * * * (UTC)"))
                        .body("jobs.find { it.job == 'shop.tasks.nightly_export' }.drift", equalTo("runner-absent")));
        Map<String, String> before = checksums(CronStateProfile.ROOT);
        String whole = Files.readString(jobs);
        try {
            Files.writeString(jobs, whole.substring(0, whole.length() / 2));
            await().atMost(POLLS)
                    .untilAsserted(() -> given().get("/api/views/cron-state")
                            .then()
                            .body("sources.find { it.source == 'hermes' }.freshness", equalTo("unknown"))
                            .body("sources.find { it.source == 'hermes' }.reason", containsString("malformed"))
                            .body(HOURLY + ".freshness", equalTo("stale"))
                            .body(HOURLY + ".observed_at", Matchers.notNullValue())
                            .body(HOURLY + ".freshness_reason", containsString("cron/jobs.json is not JSON")));
        } finally {
            Files.writeString(jobs, whole);
        }
        await().atMost(POLLS)
                .untilAsserted(
                        () -> given().get("/api/views/cron-state").then().body(HOURLY + ".freshness", equalTo("live")));

        Map<String, String> after = checksums(CronStateProfile.ROOT);
        after.keySet().removeIf(k -> k.endsWith("gateway.pid") || k.contains("ticker_"));
        before.keySet().removeIf(k -> k.endsWith("gateway.pid") || k.contains("ticker_"));
        assertEquals(before, after, "the collector wrote nothing, created no -wal/-shm file");
    }

    @Test
    void aReplayBeforeAnyReadSaysUnknownRatherThanAllClear() {
        given().queryParam("at", "2020-01-01T00:00:00Z")
                .get("/api/views/cron-state")
                .then()
                .statusCode(200)
                .body("jobs.size()", equalTo(0))
                .body("sources.find { it.source == 'hermes' }.freshness", equalTo("unknown"))
                .body("sources.find { it.source == 'hermes' }.reason", equalTo("never read"));
        given().queryParam("at", "not-a-time")
                .get("/api/views/cron-state")
                .then()
                .statusCode(400);
    }

    private static void beatTicker(Path home) throws IOException {
        String now = String.format(Locale.ROOT, "%.4f", System.currentTimeMillis() / 1000.0);
        Files.writeString(home.resolve("cron/ticker_heartbeat"), now);
        Files.writeString(home.resolve("cron/ticker_last_success"), now);
    }

    private static long startTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
        return Long.parseLong(rest[19]);
    }

    private static Map<String, String> checksums(Path root) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                sums.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return sums;
    }
}
