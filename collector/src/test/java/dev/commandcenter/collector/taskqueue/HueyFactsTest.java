package dev.commandcenter.collector.taskqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.collector.StoredFacts;
import dev.commandcenter.fact.ConsumerProcess;
import dev.commandcenter.fact.Fact;
import dev.commandcenter.fact.FactFields;
import dev.commandcenter.fact.FactReader;
import dev.commandcenter.fact.HueyConsumerFact;
import dev.commandcenter.fact.HueyPeriodicFact;
import dev.commandcenter.fact.HueyQueueFact;
import dev.commandcenter.fact.HueySignal;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What this source stores of each Huey scenario's databases and consumer log, read back through the
 * one decoder as the cron view reads it, is what the scenario says of its queues and its consumer.
 */
class HueyFactsTest {

    private static final Instant LOG_MODIFIED = Instant.parse("2026-07-20T09:20:07Z");

    @ParameterizedTest
    @CsvSource({
        HueyFixtures.V3_UTC + ", UTC",
        HueyFixtures.V2_UTC + ", UTC",
        HueyFixtures.V3_NEW_YORK + ", America/New_York"
    })
    void everyQueueReadsAsItsScenarioCountsIt(String scenario, ZoneId writerZone) throws Exception {
        JsonNode truth = HueyFixtures.scenario(scenario);
        Path dir = HueyFixtures.dir(scenario);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        boolean statsRead = Files.exists(dir.resolve("stats.db"));
        Optional<HueyRows.Stats> stats = statsRead
                ? Optional.of(HueyStore.stats(dir.resolve("stats.db"), HueyQueueParser.pendingIds(rows)))
                : Optional.empty();

        List<HueyQueueFact> queues = new ArrayList<>();
        for (SubjectSeen seen : HueyQueueParser.parse(rows, stats, writerZone)) {
            queues.add(stored(seen, HueyQueueFact.class, HueyQueueFact.READER));
        }

        JsonNode counted = truth.path("ground_truth_per_queue");
        assertEquals(counted.size(), queues.size());
        for (HueyQueueFact queue : queues) {
            JsonNode expected = counted.path(queue.queue());
            assertEquals(expected.path("pending").asInt(), queue.pending(), queue.queue());
            assertEquals(expected.path("scheduled").asInt(), queue.scheduled(), queue.queue());
            assertEquals(expected.path("error_results").asInt(), queue.errorResults(), queue.queue());
            assertEquals(expected.path("revocations").asInt(), queue.revocations(), queue.queue());
            assertEquals(0, queue.undecodable(), queue.queue());
            List<String> locks = new ArrayList<>();
            expected.path("locks").forEach(l -> locks.add(l.asText()));
            assertEquals(
                    locks,
                    queue.locks().stream()
                            .map(l -> queue.queue() + ".lock." + l)
                            .toList(),
                    queue.queue());
            Map<String, Integer> byTask = new TreeMap<>();
            expected.path("pending_by_task")
                    .properties()
                    .forEach(e -> byTask.put(e.getKey(), e.getValue().asInt()));
            assertEquals(byTask, queue.pendingByTask(), queue.queue());
            assertEquals(statsRead, queue.history() != null, queue.queue() + ": history only from the stats tables");
            Instant firstEta = null;
            for (JsonNode s : truth.path("scheduled")) {
                Instant eta = Instant.parse(s.path("true_eta_utc").asText());
                if (s.path("queue").asText().equals(queue.queue()) && (firstEta == null || eta.isBefore(firstEta))) {
                    firstEta = eta;
                }
            }
            if (firstEta == null) {
                assertNull(queue.nextEta(), queue.queue());
            } else {
                Duration off = Duration.between(firstEta, queue.nextEta()).abs();
                assertTrue(off.toMillis() < 1, queue.queue() + ": next ETA " + queue.nextEta() + " vs " + firstEta);
            }
        }
    }

    @Test
    void aKilledConsumersStatsShowItsFailuresAndTheTaskLeftRunning() throws Exception {
        Path dir = HueyFixtures.dir(HueyFixtures.V3_NEW_YORK);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        HueyRows.Stats stats = HueyStore.stats(dir.resolve("stats.db"), HueyQueueParser.pendingIds(rows));
        SubjectSeen shop = HueyQueueParser.parse(rows, Optional.of(stats), ZoneId.of("America/New_York")).stream()
                .filter(s -> s.subject().equals("huey:queue:shop"))
                .findFirst()
                .orElseThrow();

        HueyQueueFact.History history =
                stored(shop, HueyQueueFact.class, HueyQueueFact.READER).history();

        assertEquals(
                List.of("shop.tasks.sync_inventory", "shop.tasks.charge_card"),
                history.recentErrors().stream()
                        .map(HueyQueueFact.ErrorEvent::task)
                        .toList(),
                "the newest error first");
        history.recentErrors().forEach(e -> assertNotNull(e.at()));
        assertEquals(
                List.of(new HueyQueueFact.Inflight(
                        "shop.tasks.nightly_export",
                        "9d9dd488-090d-4150-9a40-9244de3a2e7b",
                        Instant.parse("2026-07-20T09:20:05.089159Z"))),
                history.inflight());
    }

    @ParameterizedTest
    @CsvSource({
        HueyFixtures.V3_UTC + ", UTC",
        HueyFixtures.V2_UTC + ", UTC",
        HueyFixtures.V3_NEW_YORK + ", America/New_York"
    })
    void theConsumerReadsAsItsScenarioStoppedIt(String scenario, ZoneId writerZone) throws Exception {
        JsonNode truth = HueyFixtures.scenario(scenario);
        Path dir = HueyFixtures.dir(scenario);
        SubjectSeen seen = ConsumerLogParser.parse(
                "consumer.log",
                Files.readString(dir.resolve("consumer.log")),
                LOG_MODIFIED,
                writerZone,
                pid -> Optional.empty());

        HueyConsumerFact consumer = stored(seen, HueyConsumerFact.class, HueyConsumerFact.READER);

        JsonNode stopped = truth.path("consumer");
        assertEquals("consumer.log", consumer.logFile());
        assertEquals(stopped.path("pid").asLong(), consumer.pid());
        assertEquals(ConsumerProcess.DEAD, consumer.process());
        assertFalse(consumer.process().alive());
        assertNotNull(consumer.startedAt());
        assertNotNull(consumer.lastLineAt());
        boolean killed = stopped.path("stopped_by").asText().equals("SIGKILL");
        assertEquals(!killed, consumer.exited(), "a consumer stopped by SIGTERM logs its exit");
        if (killed) {
            assertEquals("shop.tasks.nightly_export", consumer.runningTask().task());
            assertEquals(
                    "9d9dd488-090d-4150-9a40-9244de3a2e7b",
                    consumer.runningTask().id());
        } else {
            assertNull(consumer.runningTask());
        }
    }

    @Test
    void aPeriodicTaskReadsItsCrontabAndItsLastSuccessAndErrorFromTheStatsTables() throws Exception {
        Path dir = HueyFixtures.dir(HueyFixtures.V3_NEW_YORK);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        HueyRows.Stats stats = HueyStore.stats(dir.resolve("stats.db"), HueyQueueParser.pendingIds(rows));
        Map<String, HueyConfig.Periodic> periodic = TestConfigs.of(
                        HueyConfig.class,
                        Map.of(
                                "periodic.\"shop.tasks.send_email\".cron", "*/5 * * * *",
                                "periodic.\"shop.tasks.charge_card\".cron", "0 * * * 0",
                                "periodic.\"shop.tasks.charge_card\".time-zone", "Europe/Berlin"))
                .periodic();
        List<SubjectSeen> seen = PeriodicTasks.parse(periodic, Optional.of(stats));

        HueyPeriodicFact card = stored(seen.get(0), HueyPeriodicFact.class, HueyPeriodicFact.READER);
        HueyPeriodicFact email = stored(seen.get(1), HueyPeriodicFact.class, HueyPeriodicFact.READER);

        assertEquals("shop.tasks.send_email", email.task());
        assertEquals("*/5 * * * *", email.cron());
        assertEquals(FactFields.DEFAULT_ZONE, email.zone(), "a crontab is read in UTC unless configured otherwise");
        assertTrue(email.historyKnown());
        assertEquals(Instant.parse("2026-07-20T09:20:05.087710Z"), email.lastAt(HueySignal.COMPLETE));
        assertEquals(2, email.runs().get(HueySignal.COMPLETE).count());
        assertNull(email.lastAt(HueySignal.ERROR));
        assertEquals(ZoneId.of("Europe/Berlin"), card.zone());
        assertNull(card.lastAt(HueySignal.COMPLETE));
        assertNotNull(card.lastAt(HueySignal.ERROR));
        assertEquals("ValueError('card declined for order A-1042 (12999 cents)')", card.lastError());
    }

    private static <F extends Fact> F stored(SubjectSeen seen, Class<F> kind, FactReader<F> reader) {
        return StoredFacts.read("huey", Instant.parse("2026-07-20T09:28:00Z"), seen, kind, reader);
    }
}
