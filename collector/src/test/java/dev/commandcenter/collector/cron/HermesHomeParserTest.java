package dev.commandcenter.collector.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HermesHomeParserTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static List<SubjectSeen> parse(String scenario, Optional<ZoneId> zone, ProcessTable processes)
            throws SourceFailure {
        return HermesHomeParser.parse(HermesHomeReader.read(Fixtures.home(scenario)), zone, ZoneOffset.UTC, processes);
    }

    private static Map<String, JsonNode> bySubject(List<SubjectSeen> seen) {
        return seen.stream().collect(Collectors.toMap(SubjectSeen::subject, SubjectSeen::payload));
    }

    /** Every job's decoded instants and effective state are those the scenario worked out. */
    private static void assertJobsMatchScenario(String scenario, Map<String, JsonNode> subjects) throws Exception {
        JsonNode expected = Fixtures.scenario(scenario);
        assertEquals(expected.path("jobs").size() + 1, subjects.size(), "one subject per job, plus the runner");
        for (JsonNode job : expected.path("jobs")) {
            JsonNode payload = subjects.get("cron:job:default/" + job.path("id").asText());
            assertEquals(
                    job.path("state_effective").asText(),
                    payload.path("state").asText(),
                    job.path("name").asText());
            for (String field : List.of("next_run_at", "last_run_at", "paused_at")) {
                assertEquals(
                        job.path(field + "_utc").asText(null),
                        payload.path(field).asText(null),
                        job.path("name").asText() + " " + field);
            }
            assertEquals(
                    job.path("outputs").size(),
                    payload.path("outputs").path("count").asInt(),
                    "outputs");
        }
    }

    @Test
    void readsTheRunningHomeAsARunningGatewayWithAHealthyTickerAndKeepsEveryJobField() throws Exception {
        Map<String, JsonNode> subjects =
                bySubject(parse(Fixtures.RUNNING, Optional.empty(), Fixtures.alive(6998, 995074)));

        assertJobsMatchScenario(Fixtures.RUNNING, subjects);
        JsonNode runner = subjects.get("cron:runner:default");
        assertEquals("running", runner.path("liveness").asText());
        assertEquals("alive", runner.path("process").path("check").asText());
        assertEquals(2, runner.path("gateway_state").path("active_agents").asInt());
        assertTrue(
                runner.path("ticker").path("heartbeat_at").asText().startsWith("2026-07-20T09:39:03.1189"),
                runner.path("ticker").toString());
        assertEquals("Europe/Berlin", runner.path("zone").asText(), "zone from config.yaml");
        assertEquals(
                "[\"6bbb3b84c1f5\"]",
                runner.path("orphan_output_dirs").toString(),
                "the finished one-shot's output folder stays, its job is gone");

        JsonNode paused = subjects.get("cron:job:default/120349ec2eaa");
        assertEquals(
                "Paused by operator: mailbox migration in progress",
                paused.path("job").path("paused_reason").asText());
        JsonNode failed = subjects.get("cron:job:default/4afae1b17f3a");
        assertEquals(
                "failed",
                failed.path("outputs").path("recent").get(0).path("result").asText());
        assertEquals(
                "2026-07-20T08:30:03Z",
                failed.path("outputs").path("recent").get(0).path("run_at").asText());
        assertEquals("openrouter", failed.path("job").path("provider_snapshot").asText(), "unknown fields are kept");
        assertFalse(failed.path("naive_timestamps").asBoolean());
    }

    @Test
    void aRecycledPidDoesNotCountAsTheGateway() throws Exception {
        JsonNode runner = bySubject(parse(Fixtures.RUNNING, Optional.empty(), Fixtures.alive(6998, 123)))
                .get("cron:runner:default");
        assertEquals("pid-reused", runner.path("liveness").asText());
    }

    @Test
    void readsTheStoppedHomeAsAStoppedGatewayWithAJobInError() throws Exception {
        Map<String, JsonNode> subjects = bySubject(parse(Fixtures.STOPPED, Optional.empty(), Fixtures.nothingAlive()));

        assertJobsMatchScenario(Fixtures.STOPPED, subjects);
        JsonNode runner = subjects.get("cron:runner:default");
        assertEquals("stopped", runner.path("liveness").asText());
        assertEquals("absent", runner.path("gateway_pid").path("form").asText());
        assertTrue(runner.path("clean_shutdown").asBoolean());
        JsonNode error = subjects.get("cron:job:default/107055337743");
        assertEquals("error", error.path("state").asText());
        assertTrue(error.path("next_run_at").isNull());
    }

    @Test
    void readsTheCrashedHomeAsADeadGatewayThatStillClaimsToRun() throws Exception {
        Map<String, JsonNode> subjects = bySubject(parse(Fixtures.CRASHED, Optional.empty(), Fixtures.nothingAlive()));

        assertJobsMatchScenario(Fixtures.CRASHED, subjects);
        JsonNode runner = subjects.get("cron:runner:default");
        assertEquals("dead", runner.path("liveness").asText());
        assertEquals(
                "running", runner.path("gateway_state").path("gateway_state").asText());
        assertEquals(
                "2026-07-22T16:45:03.118514Z",
                subjects.get("cron:job:default/6abb521181bd")
                        .path("run_claim_at")
                        .asText());
    }

    @Test
    void placesLegacyNaiveTimestampsInTheConfiguredZoneAndReadsABareIntegerPidFile() throws Exception {
        Map<String, JsonNode> subjects =
                bySubject(parse(Fixtures.LEGACY, Optional.of(NEW_YORK), Fixtures.nothingAlive()));

        assertJobsMatchScenario(Fixtures.LEGACY, subjects);
        JsonNode runner = subjects.get("cron:runner:default");
        assertEquals("legacy-integer", runner.path("gateway_pid").path("form").asText());
        assertEquals(3996, runner.path("gateway_pid").path("pid").asLong());
        assertEquals("dead", runner.path("liveness").asText());
        assertTrue(runner.path("ticker").path("heartbeat_at").isNull(), "older builds write no ticker files");
        assertTrue(subjects.get("cron:job:default/73cafa041450")
                .path("naive_timestamps")
                .asBoolean());
        assertEquals(
                "failed",
                subjects.get("cron:job:default/1c6939224e8a")
                        .path("outputs")
                        .path("recent")
                        .get(0)
                        .path("result")
                        .asText());
    }

    @Test
    void aLegacyPidThatIsAliveCountsWithoutAStartTime() throws Exception {
        JsonNode runner = bySubject(parse(Fixtures.LEGACY, Optional.of(NEW_YORK), Fixtures.alive(3996, 1)))
                .get("cron:runner:default");
        assertEquals("running", runner.path("liveness").asText());
        assertEquals("alive-unverified", runner.path("process").path("check").asText());
    }

    @Test
    void aHalfWrittenJobsFileIsAMalformedReadNamingTheFile() throws Exception {
        HermesFiles files = HermesHomeReader.read(Fixtures.home(Fixtures.RUNNING));
        String half = files.jobsJson().orElseThrow().substring(0, 900);
        HermesFiles truncated = withJobs(files, half);

        SourceFailure failure = assertThrows(
                SourceFailure.class,
                () -> HermesHomeParser.parse(truncated, Optional.empty(), ZoneOffset.UTC, Fixtures.nothingAlive()));
        assertEquals(ReadOutcome.MALFORMED, failure.outcome());
        assertTrue(failure.getMessage().contains("cron/jobs.json is not JSON"), failure.getMessage());
    }

    @Test
    void acceptsABareListAsHermesDoesAndCountsEntriesWithoutAnId() throws Exception {
        HermesFiles files = HermesHomeReader.read(Fixtures.home(Fixtures.RUNNING));
        HermesFiles bare = withJobs(
                files,
                "[{\"id\": \"abc123abc123\", \"enabled\": false, \"future_field\": 7},"
                        + " {\"name\": \"no id\"}, 42]");

        Map<String, JsonNode> subjects =
                bySubject(HermesHomeParser.parse(bare, Optional.empty(), ZoneOffset.UTC, Fixtures.nothingAlive()));
        JsonNode job = subjects.get("cron:job:default/abc123abc123");
        assertEquals("paused", job.path("state").asText(), "no state: derived from enabled");
        assertEquals(7, job.path("job").path("future_field").asInt());
        assertEquals(2, subjects.get("cron:runner:default").path("jobs_skipped").asInt());
    }

    private static HermesFiles withJobs(HermesFiles files, String jobs) {
        return new HermesFiles(
                files.home(),
                Optional.of(jobs),
                files.gatewayPid(),
                files.gatewayState(),
                files.tickerHeartbeat(),
                files.tickerLastSuccess(),
                files.cleanShutdown(),
                files.configYaml(),
                files.outputs());
    }
}
