package dev.commandcenter.collector.cron;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the Hermes homes are and how to read their times ({@code command-center.hermes.*}). */
@ConfigMapping(prefix = "command-center.hermes")
public interface HermesConfig extends PollTiming {

    /** The Hermes home directory; when absent, the {@code HERMES_HOME} environment variable. */
    Optional<Path> home();

    /** The name of that home in subject keys ({@code cron:job:<home-name>/<id>}). */
    @WithDefault("default")
    String homeName();

    /** Named profiles of that home, read from {@code <home>/profiles/<name>/}. */
    Optional<List<String>> profiles();

    /** Further Hermes homes by name, e.g. {@code command-center.hermes.homes."ops"=../hermes-ops}. */
    Map<String, Path> homes();

    /**
     * The Hermes time zone: naive (legacy) timestamps and cron expressions are read in it. When
     * absent, {@code timezone:} of the home's {@code config.yaml}, else this machine's zone.
     */
    Optional<String> timeZone();

    /** {@link #timeZone()} as a zone; an unknown zone id fails the poll with the id in the error. */
    default Optional<ZoneId> zone() {
        return timeZone().filter(z -> !z.isBlank()).map(z -> ZoneId.of(z.trim()));
    }
}
