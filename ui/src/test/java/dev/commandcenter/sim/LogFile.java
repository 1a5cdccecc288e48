package dev.commandcenter.sim;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The H2 log file of a data directory, opened with the application's own URL and migrations. */
public final class LogFile {

    private LogFile() {
    }

    /** {@code <dataDir>/log.mv.db}, migrated; the same URL the application derives from {@code command-center.data-dir}. */
    public static DataSource open(Path dataDir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("log")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        return ds;
    }

    /** Closes the database, rewriting the file without the chunks MVStore kept during heavy writing. */
    public static void compactAndClose(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    public static void close(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("log.mv.db");
    }
}
