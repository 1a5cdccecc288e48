package dev.commandcenter.query.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overdue and failing computed from the schedule itself, across time-zone changes and edits. */
class ScheduleDriftTest {

    private static final String RUNNER = """
            {"home":"default","liveness":"running","liveness_signal":"gateway.pid pid 1 checked against the process table",
             "gateway_state":{"gateway_state":"running"},"ticker":{"heartbeat_at":"%s","last_success_at":"%s"}}""";

    /** A Hermes job as the collector stores it, in Europe/Berlin. */
    private static ObjectNode job(String schedule, String lastRun, String nextRun, String lastStatus) throws Exception {
        return (ObjectNode) Folds.JSON.readTree("""
                {"home":"default","state":"scheduled","zone":"Europe/Berlin","zone_from":"config.yaml",
                 "job":{"id":"d5t000000001","name":"morning-briefing","schedule":%s,"enabled":true,"state":"scheduled",
                        "last_status":%s,"last_error":null},
                 "last_run_at":"%s","next_run_at":%s,"created_at":"2026-03-01T00:00:00Z","outputs":{"count":0,"recent":[]}}
                """.formatted(
                        schedule,
                        lastStatus == null ? "null" : "\"" + lastStatus + "\"",
                        lastRun,
                        nextRun == null ? "null" : "\"" + nextRun + "\""));
    }

    private static CronJobRow judge(ObjectNode job, Instant at) throws Exception {
        Instant beat = at.minusSeconds(30);
        List<Observation> hermes = List.of(
                observation(
                        "cron:runner:default",
                        Folds.JSON.readTree(RUNNER.formatted(beat, beat)).toString(),
                        at),
                observation("cron:job:default/d5t000000001", job.toString(), at));
        return CronStateFold.fold(
                        at,
                        Folds.live("hermes", at),
                        Folds.live("huey", at),
                        hermes,
                        List.of(),
                        Thresholds.defaults(),
                        s -> null)
                .jobs()
                .get(0);
    }

    private static Observation observation(String subject, String payload, Instant at) {
        return new Observation(1, 1, "hermes", subject, at.minusSeconds(10), null, "CronJobRead", "h", payload, false);
    }

    @Test
    void aDailyJobAcrossTheSpringForwardIsDueAtItsLocalHourNotTwentyFourHoursLater() throws Exception {
        // 09:00 in Berlin was 08:00Z on 28 March (CET); on 29 March (CEST) it is 07:00Z.
        ObjectNode daily = job("{\"kind\":\"cron\",\"expr\":\"0 9 * * *\"}", "2026-03-28T08:00:03Z", null, "ok");

        CronJobRow row = judge(daily, Instant.parse("2026-03-29T07:30:00Z"));

        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), row.nextRun());
        assertEquals(CronDrift.OVERDUE, row.drift());
        assertTrue(row.evidence().contains("30m late"), row.evidence());
    }

    @Test
    void anEditedScheduleIsJudgedByTheNewExpressionNotTheStaleNextRunAt() throws Exception {
        // Was hourly; edited to 18:00 daily. The registry still holds the old hourly next_run_at.
        ObjectNode edited = job(
                "{\"kind\":\"cron\",\"expr\":\"0 18 * * *\"}", "2026-07-20T09:00:03Z", "2026-07-20T10:00:00Z", "ok");

        CronJobRow row = judge(edited, Instant.parse("2026-07-20T12:00:00Z"));

        assertEquals(Instant.parse("2026-07-20T16:00:00Z"), row.nextRun());
        assertEquals(CronDrift.OK, row.drift());
    }

    @Test
    void anIntervalJobWithoutASuccessForThreeIntervalsIsFailingWhileItsRunnerLives() throws Exception {
        ObjectNode stuck =
                job("{\"kind\":\"interval\",\"minutes\":30}", "2026-07-20T08:00:00Z", "2026-07-20T08:30:00Z", "ok");
        stuck.with("outputs")
                .putArray("recent")
                .addObject()
                .put("run_at", "2026-07-20T08:00:00Z")
                .put("result", "ok");

        CronJobRow row = judge(stuck, Instant.parse("2026-07-20T10:00:00Z"));

        assertEquals(List.of(CronDrift.OVERDUE, CronDrift.FAILING), row.drifts());
        assertTrue(
                row.evidence().contains("no successful run for 2h 0m, more than 3 intervals of 30m"), row.evidence());
    }

    @Test
    void aSilentRunCountsAsSuccessAndAFailedLastRunIsFailing() throws Exception {
        ObjectNode silent =
                job("{\"kind\":\"interval\",\"minutes\":30}", "2026-07-20T10:00:00Z", "2026-07-20T10:30:00Z", "ok");
        silent.with("outputs")
                .putArray("recent")
                .addObject()
                .put("run_at", "2026-07-20T10:00:00Z")
                .put("result", "silent");
        assertEquals(
                CronDrift.OK,
                judge(silent, Instant.parse("2026-07-20T10:20:00Z")).drift());

        ObjectNode failed =
                job("{\"kind\":\"interval\",\"minutes\":30}", "2026-07-20T10:00:00Z", "2026-07-20T10:30:00Z", "error");
        failed.with("job").put("last_error", "RuntimeError: HTTP 429");
        CronJobRow row = judge(failed, Instant.parse("2026-07-20T10:20:00Z"));
        assertEquals(CronDrift.FAILING, row.drift());
        assertEquals("RuntimeError: HTTP 429", row.reason());
    }
}
