package dev.commandcenter.collector.taskqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HueyQueueParserTest {

    private static Map<String, JsonNode> queues(String scenario, boolean withStats, ZoneId writerZone)
            throws Exception {
        Path dir = HueyFixtures.dir(scenario);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        Optional<HueyRows.Stats> stats = withStats
                ? Optional.of(HueyStore.stats(dir.resolve("stats.db"), HueyQueueParser.pendingIds(rows)))
                : Optional.empty();
        return HueyQueueParser.parse(rows, stats, writerZone).stream()
                .collect(Collectors.toMap(SubjectSeen::subject, SubjectSeen::payload));
    }

    @ParameterizedTest
    @ValueSource(strings = {HueyFixtures.V2_UTC, HueyFixtures.V3_UTC, HueyFixtures.V3_NEW_YORK})
    void countsEveryQueueAsHueyItselfDoes(String scenario) throws Exception {
        JsonNode truth = HueyFixtures.scenario(scenario).path("ground_truth_per_queue");
        Map<String, JsonNode> queues = queues(scenario, false, ZoneOffset.UTC);

        assertEquals(truth.size(), queues.size());
        for (Iterator<String> names = truth.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode expected = truth.path(name);
            JsonNode queue = queues.get("huey:queue:" + name);
            assertEquals(expected.path("pending").asInt(), queue.path("pending").asInt(), name + " pending");
            assertEquals(
                    expected.path("scheduled").asInt(), queue.path("scheduled").asInt(), name + " scheduled");
            assertEquals(
                    expected.path("task_results").asInt(), queue.path("results").asInt(), name + " results");
            assertEquals(
                    expected.path("error_results").asInt(),
                    queue.path("error_results").asInt(),
                    name + " errors");
            assertEquals(
                    expected.path("revocations").asInt(),
                    queue.path("revocations").size(),
                    name + " revocations");
            assertEquals(expected.path("pending_by_task"), queue.path("pending_by_task"), name + " by task");
            assertEquals(
                    expected.path("pending_with_eta_not_yet_moved_to_schedule").asInt(),
                    queue.path("pending_with_eta").asInt(),
                    name + " pending with an ETA");
            assertEquals(expected.path("locks").size(), queue.path("locks").size(), name + " locks");
            assertEquals(0, queue.path("undecodable").asInt());
        }
        assertEquals(
                "nightly-export",
                queues.get("huey:queue:shop").path("locks").get(0).asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {HueyFixtures.V2_UTC, HueyFixtures.V3_UTC, HueyFixtures.V3_NEW_YORK})
    void takesScheduledEtasFromTheMessageSoTheWritersZoneDoesNotShiftThem(String scenario) throws Exception {
        JsonNode shop = queues(scenario, false, ZoneOffset.UTC).get("huey:queue:shop");
        Map<String, String> etas = StreamSupport.stream(
                        shop.path("scheduled_tasks").spliterator(), false)
                .collect(Collectors.toMap(
                        t -> t.path("id").asText(), t -> t.path("eta").asText()));
        for (JsonNode expected : HueyFixtures.scenario(scenario).path("scheduled")) {
            Instant truth =
                    Instant.parse(expected.path("true_eta_utc").asText()).truncatedTo(ChronoUnit.MILLIS);
            assertEquals(
                    truth,
                    Instant.parse(etas.get(expected.path("task_id").asText())),
                    expected.path("label").asText());
        }
        assertEquals("2026-07-20T09:30:05.0", shop.path("next_eta").asText().substring(0, 21));
    }

    @Test
    void correctsTheScheduleColumnByTheWritersOffsetWhenTheBlobIsUnreadable() throws Exception {
        for (JsonNode row : HueyFixtures.scenario(HueyFixtures.V3_NEW_YORK).path("scheduled")) {
            Instant eta =
                    HueyQueueParser.columnEta(row.path("timestamp_column").asDouble(), ZoneId.of("America/New_York"));
            assertEquals(
                    Instant.parse(row.path("true_eta_utc").asText()),
                    eta,
                    row.path("label").asText());
        }
    }

    @Test
    void readsErrorResultsRevocationsAndRunHistoryFromTheStatsTables() throws Exception {
        JsonNode shop = queues(HueyFixtures.V3_NEW_YORK, true, ZoneId.of("America/New_York"))
                .get("huey:queue:shop");

        List<String> errors = StreamSupport.stream(shop.path("errors").spliterator(), false)
                .map(e -> e.path("error").asText())
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "ConnectionError('inventory service returned HTTP 503 for SKU-778')",
                        "ValueError('card declined for order A-1042 (12999 cents)')"),
                errors);
        JsonNode classLevel = StreamSupport.stream(shop.path("revocations").spliterator(), false)
                .filter(r -> r.path("scope").asText().equals("task"))
                .findFirst()
                .orElseThrow();
        assertEquals("2026-07-21T00:00:00Z", classLevel.path("until").asText());
        assertEquals(1, shop.path("counters").path("shop.rl.sms-gateway").asInt());
        JsonNode inflight = shop.path("history").path("inflight");
        assertEquals(1, inflight.size(), "the SIGKILLed consumer left its running task in huey_inflight");
        assertEquals("shop.tasks.nightly_export", inflight.get(0).path("task").asText());
        assertTrue(shop.path("history").path("recent_errors").size() >= 2);
        assertTrue(shop.hasNonNull("oldest_pending_enqueued_at"), shop.toString());
    }

    @Test
    void readingTheStoreCreatesNoFileAndChangesNoByte(@TempDir Path dir) throws Exception {
        Files.copy(HueyFixtures.dir(HueyFixtures.V3_UTC).resolve("huey.db"), dir.resolve("huey.db"));
        byte[] before = Files.readAllBytes(dir.resolve("huey.db"));

        HueyStore.read(dir.resolve("huey.db"));

        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("huey.db"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(dir.resolve("huey.db"))));
    }
}
