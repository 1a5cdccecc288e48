package dev.commandcenter.log;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds realistic poll results for log tests. */
public final class Polls {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private Polls() {}

    public static SubjectSeen job(String id, String state) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("id", id);
        payload.put("state", state);
        payload.put("schedule_display", "every 30m");
        return new SubjectSeen("cron:job:" + id, "CronJobRead", null, payload);
    }

    public static PollResult ok(Instant at, SubjectSeen... seen) {
        return poll(at, ReadOutcome.OK, null, List.of(seen), List.of());
    }

    public static PollResult poll(
            Instant at, ReadOutcome outcome, String error, List<SubjectSeen> seen, List<String> unread) {
        return of("hermes", at, outcome, error, seen, unread);
    }

    /** A delivering poll of {@code hermes} by one named collector host. */
    public static PollResult okOn(String host, Instant at, SubjectSeen... seen) {
        return new PollResult(
                UUID.randomUUID().toString(),
                host,
                "hermes",
                at.minusMillis(40),
                at,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(seen),
                List.of());
    }

    /** A poll of any source, with a three-minute staleness bound. */
    public static PollResult of(
            String source, Instant at, ReadOutcome outcome, String error, List<SubjectSeen> seen, List<String> unread) {
        return new PollResult(
                UUID.randomUUID().toString(),
                "host-a",
                source,
                at.minusMillis(40),
                at,
                outcome,
                error,
                Duration.ofMinutes(3),
                seen,
                unread);
    }
}
