package dev.commandcenter.collector.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.StoredFacts;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.fact.CronJobFact;
import dev.commandcenter.fact.CronJobState;
import dev.commandcenter.fact.CronRunStatus;
import dev.commandcenter.fact.CronRunnerFact;
import dev.commandcenter.fact.Fact;
import dev.commandcenter.fact.FactFields;
import dev.commandcenter.fact.FactReader;
import dev.commandcenter.fact.JobSchedule;
import dev.commandcenter.fact.RunDocumentResult;
import dev.commandcenter.fact.RunnerLiveness;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What this source stores of each Hermes scenario's home, read back through the one decoder as the
 * cron view reads it, is what the scenario says of its jobs, its gateway and its ticker.
 */
class CronFactsTest {

    @ParameterizedTest
    @CsvSource({
        Fixtures.RUNNING + ", , 6998",
        Fixtures.STOPPED + ", , 0",
        Fixtures.CRASHED + ", , 0",
        Fixtures.LEGACY + ", America/New_York, 0"
    })
    void everyJobReadsAsItsScenarioRecordsIt(String scenario, String configuredZone, long alivePid) throws Exception {
        JsonNode truth = Fixtures.scenario(scenario);
        Map<String, CronJobFact> jobs = new HashMap<>();
        for (SubjectSeen seen : parse(scenario, configuredZone, alivePid)) {
            if (seen.kind().equals(JobsFileParser.KIND)) {
                CronJobFact job = stored(seen, CronJobFact.class, CronJobFact.READER);
                jobs.put(job.id(), job);
            }
        }
        ZoneId zone = ZoneId.of(
                configuredZone != null
                        ? configuredZone
                        : truth.path("hermes_timezone_config").asText());

        assertEquals(truth.path("jobs").size(), jobs.size());
        for (JsonNode expected : truth.path("jobs")) {
            String id = expected.path("id").asText();
            CronJobFact job = jobs.get(id);
            assertEquals("default", job.home());
            assertEquals(expected.path("name").asText(), job.name(), id);
            assertEquals(expected.path("schedule").path("display").asText(), job.scheduleDisplay(), id);
            assertEquals(expected.path("state_effective").asText(), job.state().wire(), id);
            assertEquals(expected.path("enabled").asBoolean(), job.enabled(), id);
            assertEquals(zone, job.zone(), id);
            assertEquals(instant(expected, "created_at_utc"), job.createdAt(), id);
            assertEquals(instant(expected, "last_run_at_utc"), job.lastRunAt(), id);
            assertEquals(instant(expected, "next_run_at_utc"), job.nextRunAt(), id);
            assertEquals(instant(expected, "paused_at_utc"), job.pausedAt(), id);
            assertEquals(text(expected, "paused_reason"), job.pausedReason(), id);
            assertEquals(text(expected, "last_error"), job.lastError(), id);
            assertEquals(
                    expected.path("last_status").isNull()
                            ? CronRunStatus.NONE
                            : expected.path("last_status").asText().equals("ok")
                                    ? CronRunStatus.OK
                                    : CronRunStatus.ERROR,
                    job.lastStatus(),
                    id);
            assertEquals(schedule(expected.path("schedule"), instant(expected, "next_run_at_utc")), job.schedule(), id);
            List<RunDocumentResult> runs = new ArrayList<>();
            expected.path("outputs")
                    .forEach(doc -> runs.add(
                            0, doc.path("failed_doc").asBoolean() ? RunDocumentResult.FAILED : RunDocumentResult.OK));
            assertEquals(
                    runs.subList(0, Math.min(runs.size(), HermesHomeReader.RUN_DOCUMENTS_KEPT)),
                    job.recentRuns().stream()
                            .map(CronJobFact.RunDocument::result)
                            .toList(),
                    id + ": its run documents, newest first");
            job.recentRuns().forEach(run -> assertTrue(run.runAt() != null, id + ": every run document has its time"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        Fixtures.RUNNING + ", 6998, RUNNING",
        Fixtures.STOPPED + ", 0, STOPPED",
        Fixtures.CRASHED + ", 0, DEAD",
        Fixtures.LEGACY + ", 0, DEAD"
    })
    void theRunnerReadsAsItsScenarioRecordsIt(String scenario, long alivePid, RunnerLiveness liveness)
            throws Exception {
        JsonNode truth = Fixtures.scenario(scenario);
        SubjectSeen seen = parse(scenario, null, alivePid).stream()
                .filter(s -> s.kind().equals(RunnerParser.KIND))
                .findFirst()
                .orElseThrow();

        CronRunnerFact runner = stored(seen, CronRunnerFact.class, CronRunnerFact.READER);

        assertEquals("default", runner.home());
        assertEquals(liveness, runner.liveness());
        assertTrue(runner.livenessSignal() != null && !runner.livenessSignal().isBlank());
        JsonNode stateFile = truth.path("gateway").path("gateway_state_json");
        assertEquals(text(stateFile, "gateway_state"), runner.gatewayState());
        assertEquals(
                stateFile.has("active_agents")
                        ? Integer.valueOf(stateFile.path("active_agents").asInt())
                        : null,
                runner.activeAgents());
        JsonNode ticker = truth.path("cron_ticker");
        assertAbout(ticker.path("heartbeat"), runner.ticker().heartbeatAt());
        assertAbout(ticker.path("last_success"), runner.ticker().lastSuccessAt());
    }

    @Test
    void whatThisVersionDoesNotKnowReadsAsUnknownNeverAsScheduledOrOk() throws Exception {
        SubjectSeen seen = parse(Fixtures.RUNNING, null, 6998).stream()
                .filter(s -> s.subject().equals("cron:job:default/3211b8a1b2aa"))
                .findFirst()
                .orElseThrow();
        ObjectNode payload = seen.payload().deepCopy();
        payload.put("state", "retired").put("zone", "Mars/Olympus");
        ObjectNode job = (ObjectNode) payload.get("job");
        job.put("last_status", "timeout").remove("enabled");
        job.putObject("schedule").put("kind", "fortnightly");
        ((ObjectNode) payload.path("outputs").path("recent").get(0)).put("result", "exploded");

        CronJobFact fact = stored(
                new SubjectSeen(seen.subject(), seen.kind(), null, payload), CronJobFact.class, CronJobFact.READER);

        assertEquals(CronJobState.UNKNOWN, fact.state());
        assertEquals(CronRunStatus.OTHER, fact.lastStatus());
        assertEquals(new JobSchedule.Unrecognised("fortnightly"), fact.schedule());
        assertEquals(FactFields.DEFAULT_ZONE, fact.zone(), "a zone this JVM does not know is the default, UTC");
        assertTrue(fact.enabled(), "a job that does not say is enabled, as Hermes reads it");
        assertEquals(RunDocumentResult.UNKNOWN, fact.recentRuns().get(0).result());
        assertTrue(!fact.recentRuns().get(0).result().failed(), "only a run that says it failed counts as failed");
    }

    private static List<SubjectSeen> parse(String scenario, String configuredZone, long alivePid) throws Exception {
        ProcessTable processes = alivePid == 0 ? Fixtures.nothingAlive() : Fixtures.alive(alivePid, 995074);
        return HermesHomeParser.parse(
                HermesHomeReader.read(Fixtures.home(scenario)),
                Optional.ofNullable(configuredZone).map(ZoneId::of),
                ZoneOffset.UTC,
                processes);
    }

    private static <F extends Fact> F stored(SubjectSeen seen, Class<F> kind, FactReader<F> reader) {
        return StoredFacts.read("hermes", Instant.parse("2026-07-20T09:40:00Z"), seen, kind, reader);
    }

    private static JobSchedule schedule(JsonNode schedule, Instant nextRun) {
        return switch (schedule.path("kind").asText()) {
            case "cron" -> new JobSchedule.Cron(schedule.path("expr").asText());
            case "interval" ->
                new JobSchedule.Every(
                        Duration.ofMinutes(schedule.path("minutes").asLong()));
            // a one-shot's next run is its run_at, placed in the home's zone
            case "once" -> new JobSchedule.Once(nextRun);
            default -> throw new AssertionError(schedule);
        };
    }

    /** The ticker file's time, to the microsecond the scenario gives; absent when the scenario has no file. */
    private static void assertAbout(JsonNode expected, Instant actual) {
        if (expected.isNull()) {
            assertNull(actual);
            return;
        }
        Duration off = Duration.between(Instant.parse(expected.path("utc").asText()), actual)
                .abs();
        assertTrue(off.compareTo(Duration.ofNanos(1000)) <= 0, actual + " is " + off + " off " + expected);
    }

    private static Instant instant(JsonNode node, String field) {
        return node.path(field).isTextual() ? Instant.parse(node.path(field).asText()) : null;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }
}
