package dev.commandcenter.query.cron;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.commandcenter.fact.JobSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry's schedule, understood: the run it calls for after a given instant, computed with
 * cron-utils in the job's time zone (so daylight-saving changes fall where they should), and the
 * schedule's period, for "no success for K intervals".
 */
final class Schedules {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    /** Parsed expressions: a fleet has few, and every view of every instant asks again. */
    private static final Map<String, Optional<ExecutionTime>> PARSED = new ConcurrentHashMap<>();

    private static final int MAX_PARSED = 4096;

    /**
     * Runs computed: a job's next run follows from its last run, which stays the same over the many
     * instants a replay or a history walk judges it at, and cron-utils takes tens of microseconds each.
     */
    private static final Map<Due, Optional<Instant>> NEXT = new ConcurrentHashMap<>();

    private static final int MAX_NEXT = 20_000;

    private record Due(String expression, ZoneId zone, Instant after) {}

    private Schedules() {}

    /**
     * The first run the schedule calls for strictly after {@code after}.
     *
     * @param ran whether the job ran already: a one-shot that did is not due again
     * @return empty when nothing is due (a one-shot that ran) or the schedule cannot be understood
     */
    static Optional<Instant> nextAfter(JobSchedule schedule, Instant after, ZoneId zone, boolean ran) {
        if (schedule instanceof JobSchedule.Cron cron) {
            return nextCron(cron.expression(), after, zone);
        }
        if (schedule instanceof JobSchedule.Every every) {
            return Optional.of(after.plus(every.interval()));
        }
        if (schedule instanceof JobSchedule.Once once) {
            return ran ? Optional.empty() : Optional.ofNullable(once.runAt());
        }
        return Optional.empty();
    }

    private static Optional<Instant> nextCron(String expression, Instant after, ZoneId zone) {
        Due due = new Due(expression, zone, after);
        Optional<Instant> known = NEXT.get(due);
        if (known != null) {
            return known;
        }
        Optional<Instant> next = executionTime(expression)
                .flatMap(times -> times.nextExecution(ZonedDateTime.ofInstant(after, zone)))
                .map(ZonedDateTime::toInstant);
        if (NEXT.size() >= MAX_NEXT) {
            NEXT.clear();
        }
        NEXT.put(due, next);
        return next;
    }

    private static Optional<ExecutionTime> executionTime(String expression) {
        Optional<ExecutionTime> known = PARSED.get(expression);
        if (known != null) {
            return known;
        }
        Optional<ExecutionTime> parsed;
        try {
            parsed = Optional.of(ExecutionTime.forCron(UNIX.parse(expression)));
        } catch (IllegalArgumentException e) {
            parsed = Optional.empty();
        }
        if (PARSED.size() < MAX_PARSED) {
            PARSED.put(expression, parsed);
        }
        return parsed;
    }

    /** The time between two runs, when the schedule repeats. */
    static Optional<Duration> period(JobSchedule schedule, Instant around, ZoneId zone) {
        if (schedule instanceof JobSchedule.Every every) {
            return Optional.of(every.interval());
        }
        if (schedule instanceof JobSchedule.Cron) {
            return nextAfter(schedule, around, zone, false)
                    .flatMap(first ->
                            nextAfter(schedule, first, zone, false).map(second -> Duration.between(first, second)));
        }
        return Optional.empty();
    }

    /** Whether cron-utils accepts the expression (a job with an expression it rejects is shown, not dropped). */
    static boolean understood(JobSchedule schedule) {
        return !(schedule instanceof JobSchedule.Cron cron)
                || executionTime(cron.expression()).isPresent();
    }
}
