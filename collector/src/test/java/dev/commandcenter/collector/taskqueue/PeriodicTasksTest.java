package dev.commandcenter.collector.taskqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodicTasksTest {

    /** The periodic tasks as configured: a cron expression by task name, in the settings' default zone. */
    private static Map<String, HueyConfig.Periodic> periodic(Map<String, String> crons) {
        Map<String, String> settings = new HashMap<>();
        crons.forEach((task, cron) -> settings.put("periodic.\"" + task + "\".cron", cron));
        return TestConfigs.of(HueyConfig.class, settings).periodic();
    }

    @Test
    void aConfiguredPeriodicTaskCarriesItsScheduleAndItsLastSuccessAndErrorFromTheStatsTables() throws Exception {
        Path dir = HueyFixtures.dir(HueyFixtures.V3_NEW_YORK);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        HueyRows.Stats stats = HueyStore.stats(dir.resolve("stats.db"), HueyQueueParser.pendingIds(rows));

        List<SubjectSeen> seen = PeriodicTasks.parse(
                periodic(Map.of("shop.tasks.send_email", "*/5 * * * *", "shop.tasks.charge_card", "0 * * * 0")),
                Optional.of(stats));

        assertEquals(
                List.of("huey:periodic:shop.tasks.charge_card", "huey:periodic:shop.tasks.send_email"),
                seen.stream().map(SubjectSeen::subject).toList());
        JsonNode email = seen.get(1).payload();
        assertEquals("*/5 * * * *", email.path("cron").asText());
        assertEquals(
                "2026-07-20T09:20:05.087710Z",
                email.path("runs").path("complete").path("last_at").asText());
        assertEquals(2, email.path("runs").path("complete").path("count").asInt());
        JsonNode card = seen.get(0).payload();
        assertEquals(
                "ValueError('card declined for order A-1042 (12999 cents)')",
                card.path("last_error").asText());
        assertFalse(card.path("runs").has("complete"));
    }

    @Test
    void withoutStatsTablesTheHistoryIsSaidToBeUnknown() {
        JsonNode payload = PeriodicTasks.parse(
                        periodic(Map.of("shop.tasks.nightly_export", "0 2 * * *")), Optional.empty())
                .get(0)
                .payload();
        assertFalse(payload.path("history_known").asBoolean());
    }
}
