package dev.commandcenter.collector.taskqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodicTasksTest {

    private static HueyConfig.Periodic cron(String expression) {
        return new HueyConfig.Periodic() {
            @Override
            public String cron() {
                return expression;
            }

            @Override
            public String timeZone() {
                return "UTC";
            }
        };
    }

    @Test
    void aConfiguredPeriodicTaskCarriesItsScheduleAndItsLastSuccessAndErrorFromTheStatsTables() throws Exception {
        Path dir = HueyFixtures.dir(HueyFixtures.V3_NEW_YORK);
        HueyRows rows = HueyStore.read(dir.resolve("huey.db"));
        HueyRows.Stats stats = HueyStore.stats(dir.resolve("stats.db"), HueyQueueParser.pendingIds(rows));

        List<SubjectSeen> seen = PeriodicTasks.parse(
                Map.of("shop.tasks.send_email", cron("*/5 * * * *"), "shop.tasks.charge_card", cron("0 * * * 0")),
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
        JsonNode payload = PeriodicTasks.parse(Map.of("shop.tasks.nightly_export", cron("0 2 * * *")), Optional.empty())
                .get(0)
                .payload();
        assertFalse(payload.path("history_known").asBoolean());
    }
}
