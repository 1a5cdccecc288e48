package dev.commandcenter.collector.taskqueue;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.ZoneId;
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

    /** {@link #writerTimeZone()} as a zone; an unknown zone id fails the poll with the id in the error. */
    default Optional<ZoneId> writerZone() {
        return writerTimeZone().filter(z -> !z.isBlank()).map(z -> ZoneId.of(z.trim()));
    }
}
