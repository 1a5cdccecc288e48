package dev.commandcenter.query.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.query.cron.CronStateFold;
import dev.commandcenter.query.cron.Thresholds;
import dev.commandcenter.query.sources.LastRead;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cron area of the brief, from the cron state view. */
class CronBriefTest {

    private static final Instant AT = Instant.parse("2026-07-20T09:28:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHueyOnlyFleetShowsItsRunnerAbsentPeriodicTaskAsRedOnTheBrief() throws Exception {
        List<Observation> huey = hueyFixture();
        huey.add(new Observation(
                99,
                1,
                "huey",
                "huey:periodic:shop.tasks.send_email",
                AT.minusSeconds(20),
                null,
                "HueyPeriodicRead",
                "h",
                "{\"task\":\"shop.tasks.send_email\",\"cron\":\"*/5 * * * *\",\"zone\":\"UTC\","
                        + "\"history_known\":true,\"runs\":{\"complete\":{\"count\":2,"
                        + "\"last_at\":\"2026-07-20T09:20:05.087710Z\"}}}",
                false));
        SourceStatus hermes = new SourceStatus(
                "hermes",
                "Hermes",
                Freshness.UNKNOWN,
                "not configured",
                null,
                new LastRead(
                        AT.minusSeconds(20),
                        AT.minusSeconds(20),
                        ReadOutcome.UNCONFIGURED,
                        "set command-center.hermes.home",
                        0,
                        0,
                        "box"),
                180L);
        SourceStatus live = new SourceStatus(
                "huey",
                "Huey",
                Freshness.LIVE,
                null,
                AT.minusSeconds(20),
                new LastRead(AT.minusSeconds(20), AT.minusSeconds(20), ReadOutcome.OK, null, 4, 4, "box"),
                180L);

        BriefPart part = CronBrief.of(
                CronStateFold.fold(AT, hermes, live, List.of(), huey, Thresholds.defaults(), subject -> null));

        assertTrue(part.configured(), "Huey alone configures the cron area");
        assertEquals(Health.RED, part.health());
        assertEquals("shop.tasks.send_email: runner-absent", part.items().get(0).title());
        assertEquals(Health.RED, BriefProjection.overall(List.of(part)));
    }

    private static List<Observation> hueyFixture() throws Exception {
        List<Observation> out = new ArrayList<>();
        long seq = 1;
        for (JsonNode subject : FixtureFiles.json("cron/huey-v3.3.0-new-york.json")) {
            out.add(new Observation(
                    seq++,
                    1,
                    "huey",
                    subject.get("subject").asText(),
                    AT.minusSeconds(20),
                    null,
                    subject.get("kind").asText(),
                    "hash",
                    JSON.writeValueAsString(subject.get("payload")),
                    false));
        }
        return out;
    }
}
