package dev.commandcenter.query.cron;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A registry's schedule, understood: the run it calls for after a given instant, computed with
 * cron-utils in the job's time zone (so daylight-saving changes fall where they should), and the
 * schedule's period, for "no success for K intervals".
 */
final class Schedules {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private Schedules() {
    }

    /**
     * The first run the schedule calls for strictly after {@code after}.
     *
     * @param schedule Hermes' {@code {"kind": "cron"|"interval"|"once", …}}
     * @param runAt    a one-shot's instant, already placed in its zone
     * @return empty when nothing is due (a one-shot that ran) or the schedule cannot be understood
     */
    static Optional<Instant> nextAfter(JsonNode schedule, Instant after, ZoneId zone, Instant runAt, boolean ran) {
        switch (schedule.path("kind").asText("")) {
            case "cron" -> {
                try {
                    ExecutionTime times = ExecutionTime.forCron(UNIX.parse(schedule.path("expr").asText()));
                    return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            case "interval" -> {
                long minutes = schedule.path("minutes").asLong(0);
                return minutes > 0 ? Optional.of(after.plus(Duration.ofMinutes(minutes))) : Optional.empty();
            }
            case "once" -> {
                return ran ? Optional.empty() : Optional.ofNullable(runAt);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** The time between two runs, when the schedule repeats. */
    static Optional<Duration> period(JsonNode schedule, Instant around, ZoneId zone) {
        return switch (schedule.path("kind").asText("")) {
            case "interval" -> schedule.path("minutes").asLong(0) > 0
                    ? Optional.of(Duration.ofMinutes(schedule.path("minutes").asLong())) : Optional.empty();
            case "cron" -> nextAfter(schedule, around, zone, null, false).flatMap(first ->
                    nextAfter(schedule, first, zone, null, false).map(second -> Duration.between(first, second)));
            default -> Optional.empty();
        };
    }

    /** Whether cron-utils accepts the expression (a job with an expression it rejects is shown, not dropped). */
    static boolean understood(JsonNode schedule) {
        if (!"cron".equals(schedule.path("kind").asText())) {
            return true;
        }
        try {
            UNIX.parse(schedule.path("expr").asText());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
