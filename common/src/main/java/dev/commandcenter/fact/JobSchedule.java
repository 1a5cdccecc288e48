package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.text;
import static dev.commandcenter.fact.FactFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * When a scheduled job is meant to run: a cron expression in the job's zone, a fixed interval, or
 * once at an instant. What the schedule calls for after a given run is the views' business.
 */
public sealed interface JobSchedule {

    /** A five-field cron expression, read in the job's zone; one cron-utils rejects is kept, to be shown. */
    record Cron(String expression) implements JobSchedule {}

    /** Every so often after the last run (Hermes' {@code interval}, in whole minutes). */
    record Every(Duration interval) implements JobSchedule {}

    /** Once, at {@code runAt}; null when the registry's time could not be read. */
    record Once(Instant runAt) implements JobSchedule {}

    /** A kind this version does not know, or an interval of no length: nothing can be computed from it. */
    record Unrecognised(String kind) implements JobSchedule {}

    /**
     * Hermes' {@code {"kind": "cron"|"interval"|"once", …}}.
     *
     * @param runAt a one-shot's instant, as the collector placed it in the job's zone
     */
    static JobSchedule read(JsonNode schedule, Instant runAt) {
        String kind = text(schedule, "kind", "");
        return switch (kind) {
            case "cron" -> new Cron(text(schedule, "expr", ""));
            case "interval" -> {
                long minutes = whole(schedule, "minutes");
                yield minutes > 0 ? new Every(Duration.ofMinutes(minutes)) : new Unrecognised(kind);
            }
            case "once" -> new Once(runAt);
            default -> new Unrecognised(kind);
        };
    }
}
