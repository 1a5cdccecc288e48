package dev.commandcenter.collector.taskqueue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.commandcenter.collector.GoldenFiles;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Huey payloads the cron view's tests fold ({@code query-api}'s {@code fixtures/cron/huey-*.json})
 * are what this source makes of the Huey databases (with the stats database where the scenario has
 * one) and consumer logs: a consumer whose process is gone, its log last written when it stopped.
 */
class QueuePayloadFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant LOG_MODIFIED = Instant.parse("2026-07-20T09:20:07Z");

    @ParameterizedTest
    @CsvSource({
        "v3.3.0-utc, " + HueyFixtures.V3_UTC + ", UTC",
        "v2.6.0-utc, " + HueyFixtures.V2_UTC + ", UTC",
        "v3.3.0-new-york, " + HueyFixtures.V3_NEW_YORK + ", America/New_York"
    })
    void theCronViewsHueyPayloadsAreWhatTheParsersMakeOfTheQueues(String name, String scenario, ZoneId writerZone)
            throws Exception {
        Path dir = HueyFixtures.dir(scenario);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        Path statsDb = dir.resolve("stats.db");
        Optional<HueyRows.Stats> stats = Files.exists(statsDb)
                ? Optional.of(HueyStore.stats(statsDb, HueyQueueParser.pendingIds(rows)))
                : Optional.empty();
        List<SubjectSeen> seen = new ArrayList<>(HueyQueueParser.parse(rows, stats, writerZone));
        seen.add(ConsumerLogParser.parse(
                "consumer.log",
                Files.readString(dir.resolve("consumer.log")),
                LOG_MODIFIED,
                writerZone,
                pid -> Optional.empty()));

        ArrayNode subjects = JSON.createArrayNode();
        for (SubjectSeen s : seen) {
            subjects.addObject()
                    .put("subject", s.subject())
                    .put("kind", s.kind())
                    .set("payload", s.payload());
        }
        GoldenFiles.assertMatches(GoldenFiles.QUERY_PAYLOADS.resolve("cron/huey-" + name + ".json"), subjects);
    }
}
