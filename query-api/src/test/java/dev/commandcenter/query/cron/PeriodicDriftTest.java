package dev.commandcenter.query.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Huey periodic tasks: their configured crontab judged against the stats tables and the consumer's liveness. */
class PeriodicDriftTest {

    private static final Instant AT = Instant.parse("2026-07-20T09:28:00Z");

    private static Observation periodic(String task, String cron, String lastComplete, String lastError) {
        String runs =
                "{" + (lastComplete == null ? "" : "\"complete\":{\"count\":2,\"last_at\":\"" + lastComplete + "\"}")
                        + (lastComplete != null && lastError != null ? "," : "")
                        + (lastError == null ? "" : "\"error\":{\"count\":1,\"last_at\":\"" + lastError + "\"}") + "}";
        String payload = "{\"task\":\"" + task + "\",\"cron\":\"" + cron + "\",\"zone\":\"UTC\",\"history_known\":true,"
                + "\"runs\":" + runs + ",\"last_error\":\"ValueError('card declined')\"}";
        return new Observation(
                99,
                1,
                "huey",
                "huey:periodic:" + task,
                AT.minusSeconds(20),
                null,
                "HueyPeriodicRead",
                "h",
                payload,
                false);
    }

    private static CronJobRow row(List<Observation> huey, String task) {
        CronStateView view = Folds.fold(AT, List.of(), huey);
        return view.jobs().stream()
                .filter(j -> j.job().equals(task))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPeriodicTaskWhoseConsumerWasKilledHasNoRunnerAndIsOverdue() throws Exception {
        List<Observation> huey = new ArrayList<>(Folds.observations("huey-v3.3.0-new-york.json", "huey", AT));
        huey.add(periodic("shop.tasks.send_email", "*/5 * * * *", "2026-07-20T09:20:05.087710Z", null));

        CronJobRow email = row(huey, "shop.tasks.send_email");

        assertEquals("huey", email.source());
        assertEquals(List.of(CronDrift.RUNNER_ABSENT, CronDrift.OVERDUE), email.drifts());
        assertEquals(Instant.parse("2026-07-20T09:25:00Z"), email.nextRun());
        assertTrue(email.evidence().startsWith("no Huey consumer alive: consumer.log dead"), email.evidence());
    }

    @Test
    void aPeriodicTaskWhoseLastRunFailedIsFailingWhileItsConsumerLives() throws Exception {
        List<Observation> huey = new ArrayList<>();
        for (Observation o : Folds.observations(
                "huey-v3.3.0-new-york.json", "huey", AT, p -> p.has("process") ? p.put("process", "alive") : p)) {
            huey.add(o);
        }
        huey.add(periodic("shop.tasks.charge_card", "0 * * * *", null, "2026-07-20T09:20:05Z"));

        CronJobRow card = row(huey, "shop.tasks.charge_card");

        assertEquals(CronDrift.FAILING, card.drift());
        assertEquals("error", card.lastResult());
        assertEquals(Instant.parse("2026-07-20T10:00:00Z"), card.nextRun());
    }
}
