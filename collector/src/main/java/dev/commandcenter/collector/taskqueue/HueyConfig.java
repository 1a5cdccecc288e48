package dev.commandcenter.collector.taskqueue;

import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.fact.FactFields;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Where Huey keeps its state and how to read its times ({@code command-center.huey.*}). */
@ConfigMapping(prefix = "command-center.huey")
public interface HueyConfig extends PollTiming {

    /** The Huey SQLite file ({@code SqliteHuey(filename=…)}); opened read only. */
    Optional<Path> db();

    /** The {@code huey.contrib.stats} database, if the application enabled it: run history and in-flight tasks. */
    Optional<Path> statsDb();

    /** The consumer's log file ({@code huey_consumer.py -l <file>}): its start, its pid and its last activity. */
    Optional<Path> consumerLog();

    /**
     * The time zone of the consumer host: its log lines carry local time, and the
     * {@code schedule.timestamp} column is off by its UTC offset. When absent, this machine's zone.
     */
    Optional<String> writerTimeZone();

    /**
     * Periodic tasks by task name ({@code module.function}), e.g.
     * {@code command-center.huey.periodic."shop.tasks.nightly_export".cron=0 2 * * *}: their schedules live in
     * application code, so the intended ones are configured here and drift is judged against them.
     */
    Map<String, Periodic> periodic();

    /** One periodic task's intended schedule. */
    interface Periodic {

        /** Huey's crontab as a five-field cron expression (minute hour day month day-of-week, 0 = Sunday). */
        String cron();

        /** The zone the crontab is read in; Huey reads it in UTC unless the application says otherwise. */
        @WithDefault(FactFields.DEFAULT_ZONE_ID)
        String timeZone();
    }

    /** {@link #writerTimeZone()} as a zone; an unknown zone id fails the poll with the id in the error. */
    default Optional<ZoneId> writerZone() {
        return writerTimeZone().filter(z -> !z.isBlank()).map(z -> ZoneId.of(z.trim()));
    }
}
