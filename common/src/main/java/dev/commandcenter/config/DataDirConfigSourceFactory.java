package dev.commandcenter.config;

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
 * (this source's ordinal is below application.properties).
 */
public class DataDirConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("command-center.data-dir");
        String dir = dataDir == null || dataDir.getValue() == null ? "data" : dataDir.getValue();
        return List.of(new PropertiesConfigSource(Map.of(URL_KEY, h2Url(dir)), "command-center-data-dir", ORDINAL));
    }

    static String h2Url(String dataDir) {
        Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("log");
        // No AUTO_SERVER: it would open a TCP port; the log is reached only through this process.
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
