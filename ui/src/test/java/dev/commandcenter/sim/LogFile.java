package dev.commandcenter.sim;

import dev.commandcenter.config.DataDirConfigSourceFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/** The H2 log file of a data directory, opened with the application's own URL and migrations. */
public final class LogFile {

    private LogFile() {}

    /** {@code <dataDir>/log.mv.db}, migrated; the same URL the application derives from {@code command-center.data-dir}. */
    public static DataSource open(Path dataDir) {
        return open(dataDir, "");
    }

    /**
     * The same, written in compressed time: a simulated minute lasts milliseconds here, so H2's retention of
     * freed chunks (45 s of wall clock, three quarters of a poll interval) is scaled down to {@code retentionMillis}.
     */
    public static DataSource openTimeCompressed(Path dataDir, int retentionMillis) {
        return open(dataDir, ";RETENTION_TIME=" + retentionMillis);
    }

    /**
     * The same, with H2's write delay (0.5 s of wall clock by default: how soon a commit reaches the file) scaled too, for a
     * run paced as real polling is: each poll is then written as its own chunk, as in real time.
     */
    public static DataSource openTimeCompressed(Path dataDir, int retentionMillis, int writeDelayMillis) {
        return open(dataDir, ";RETENTION_TIME=" + retentionMillis + ";WRITE_DELAY=" + writeDelayMillis);
    }

    private static DataSource open(Path dataDir, String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(DataDirConfigSourceFactory.h2Url(dataDir.toString()) + ";DB_CLOSE_DELAY=-1" + settings);
        ds.setUser("sa");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        return ds;
    }

    /**
     * A pool of connections to the log, as the application has one (Agroal): an append then reuses a database
     * session instead of opening one. Dispose of it before closing the database.
     */
    public static JdbcConnectionPool pooled(DataSource ds) {
        return JdbcConnectionPool.create((JdbcDataSource) ds);
    }

    /** Closes the database, rewriting the file without the chunks MVStore kept during heavy writing. */
    public static void compactAndClose(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    public static void close(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("log.mv.db");
    }
}
