package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.GoldenFiles;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.observation.SubjectSeen;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Hermes payloads the cron view's tests fold ({@code query-api}'s {@code fixtures/cron/hermes-*.json})
 * are what this source makes of the Hermes homes, with each scenario's truth about the gateway process;
 * the jobs those tests expect overdue ({@code overdue-*.json}) are the ones each scenario says are.
 */
class CronPayloadFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
        "running, " + Fixtures.RUNNING + ", , 6998",
        "stopped, " + Fixtures.STOPPED + ", , 0",
        "crashed, " + Fixtures.CRASHED + ", , 0",
        "legacy, " + Fixtures.LEGACY + ", America/New_York, 0"
    })
    void theCronViewsHermesPayloadsAreWhatTheParserMakesOfTheHomes(
            String name, String scenario, String zone, long alivePid) throws Exception {
        ProcessTable processes = alivePid == 0 ? Fixtures.nothingAlive() : Fixtures.alive(alivePid, 995074);
        List<SubjectSeen> seen = HermesHomeParser.parse(
                HermesHomeReader.read(Fixtures.home(scenario)),
                Optional.ofNullable(zone).map(ZoneId::of),
                ZoneOffset.UTC,
                processes);

        ArrayNode subjects = JSON.createArrayNode();
        for (SubjectSeen s : seen) {
            subjects.addObject()
                    .put("subject", s.subject())
                    .put("kind", s.kind())
                    .set("payload", s.payload());
        }
        GoldenFiles.assertMatches(GoldenFiles.QUERY_PAYLOADS.resolve("cron/hermes-" + name + ".json"), subjects);
    }

    @ParameterizedTest
    @CsvSource({
        "running, " + Fixtures.RUNNING,
        "stopped, " + Fixtures.STOPPED,
        "crashed, " + Fixtures.CRASHED,
        "legacy, " + Fixtures.LEGACY
    })
    void theCronViewsOverdueJobsAreTheScenariosOwn(String name, String scenario) throws Exception {
        JsonNode truth = Fixtures.scenario(scenario);
        ObjectNode overdue = JSON.createObjectNode()
                .put(
                        "reference_instant_utc",
                        truth.path("reference_instant_utc").asText());
        ArrayNode ids = overdue.putArray("overdue");
        for (JsonNode job : truth.path("jobs")) {
            if (job.path("at_reference").path("overdue").asBoolean()) {
                ids.add(job.path("id").asText());
            }
        }
        GoldenFiles.assertMatches(GoldenFiles.QUERY_PAYLOADS.resolve("cron/overdue-" + name + ".json"), overdue);
    }
}
