package dev.commandcenter.collector.taskqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumerLogParserTest {

    private static final Instant MODIFIED = Instant.parse("2026-07-20T09:20:07Z");

    private static JsonNode parse(String scenario, ZoneId zone, Optional<Optional<Instant>> process) throws Exception {
        String log = Files.readString(HueyFixtures.dir(scenario).resolve("consumer.log"));
        return ConsumerLogParser.parse("consumer.log", log, MODIFIED, zone, pid -> process)
                .payload();
    }

    @Test
    void aConsumerStoppedBySigtermSaysItExitedAndItsPidIsDead() throws Exception {
        JsonNode consumer = parse(HueyFixtures.V3_UTC, ZoneOffset.UTC, Optional.empty());

        assertEquals(8139, consumer.path("pid").asLong());
        assertEquals("2026-07-20T09:20:05.069890Z", consumer.path("started_at").asText());
        assertTrue(consumer.path("exited").asBoolean());
        assertEquals("dead", consumer.path("process").asText());
        assertEquals(3, consumer.path("executed").asInt());
        assertEquals(2, consumer.path("failed").asInt());
        assertFalse(consumer.has("running_task"));
    }

    @Test
    void aKilledConsumersLogStopsMidTaskAndItsLocalTimesArePlacedInItsZone() throws Exception {
        JsonNode consumer = parse(HueyFixtures.V3_NEW_YORK, ZoneId.of("America/New_York"), Optional.empty());

        assertFalse(consumer.path("exited").asBoolean());
        assertEquals(
                "shop.tasks.nightly_export",
                consumer.path("running_task").path("task").asText());
        assertEquals(
                "2026-07-20T09:20:05.089Z",
                consumer.path("last_line_at").asText(),
                "05:20:05 EDT in the line prefix is 09:20:05 UTC");
        assertEquals(
                "2026-07-20T09:20:05.073336Z",
                consumer.path("started_at").asText(),
                "the start line itself prints UTC");
    }

    @Test
    void aLiveProcessCountsOnlyIfItStartedWhenTheLogSaysTheConsumerStarted() throws Exception {
        assertEquals(
                "alive",
                parse(
                                HueyFixtures.V2_UTC,
                                ZoneOffset.UTC,
                                Optional.of(Optional.of(Instant.parse("2026-07-20T09:20:04Z"))))
                        .path("process")
                        .asText());
        assertEquals(
                "pid-reused",
                parse(
                                HueyFixtures.V2_UTC,
                                ZoneOffset.UTC,
                                Optional.of(Optional.of(Instant.parse("2026-07-21T00:00:00Z"))))
                        .path("process")
                        .asText());
    }
}
