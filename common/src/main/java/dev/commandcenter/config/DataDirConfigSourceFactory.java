package dev.commandcenter.config;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the H2 JDBC URL from {@code command-center.data-dir}, so operators set one directory and
 * never a JDBC URL. H2 refuses implicitly relative file paths, so the directory is made absolute
 * against the working directory. An explicit {@code quarkus.datasource.jdbc.url} still wins
 * (this source's ordinal is below application.properties). At start the directory is made ready
 * first ({@link DataDirectory}), so that a bad one is refused in one line rather than by H2.
 */
public class DataDirConfigSourceFactory implements ConfigSourceFactory {

    public static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("command-center.data-dir");
        String dir = dataDir == null || dataDir.getValue() == null ? "data" : dataDir.getValue();
        ConfigValue explicitUrl = context.getValue(URL_KEY);
        // Only when the application really starts on this directory: never while it is built, and not
        // when the log is elsewhere (an explicit JDBC URL: tests in memory, PostgreSQL). The URL this
        // source gave at build time is kept as a low-ordinal default, which is not explicit.
        boolean explicit =
                explicitUrl != null && explicitUrl.getValue() != null && explicitUrl.getConfigSourceOrdinal() > ORDINAL;
        if (ExecutionMode.current() != ExecutionMode.UNSET && !explicit) {
            DataDirectory.prepare(dir);
        }
        return List.of(new PropertiesConfigSource(Map.of(URL_KEY, h2Url(dir)), "command-center-data-dir", ORDINAL));
    }

    public static String h2Url(String dataDir) {
        Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("log");
        // No AUTO_SERVER: it would open a TCP port; the log is reached only through this process.
        // COMPRESS: pages are written LZF-compressed (rows of one table repeat sources, kinds, subjects).
        return "jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;COMPRESS=TRUE";
    }
}
