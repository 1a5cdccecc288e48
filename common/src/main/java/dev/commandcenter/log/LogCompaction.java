package dev.commandcenter.log;

import io.quarkus.logging.Log;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Keeps an H2 file log near its live size while it is written. H2 writes changed pages as new chunks and
 * frees old ones lazily, so a file written all day holds chunks that are mostly dead; {@code SHUTDOWN COMPACT}
 * reclaims them only at a stop. Every {@link #EVERY} of polls (by the polls' own time) this moves the live
 * pages of the sparsest chunks (up to {@link #REWRITE_BYTES} of them) into new chunks, online, on its own
 * thread, through MVStore's own {@code compact}: the old chunks are then free for the next writes to reuse,
 * so the file stops growing past its live size. An append never waits for it, and the operator never stops
 * the service to reclaim space. Other databases (PostgreSQL, an in-memory H2) are left alone.
 */
final class LogCompaction {

    static final Duration EVERY = Duration.ofMinutes(10);
    /** Chunks whose live data is below this percentage are rewritten. */
    static final int FILL_RATE = 80;

    static final int REWRITE_BYTES = 4 << 20;

    /** One thread for every log of the process, started on the first compaction. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "log-compaction");
        t.setDaemon(true);
        return t;
    });

    private final DataSource dataSource;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant last;
    private volatile boolean applies = true;

    LogCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An append of a poll finished at {@code at} committed: compacts if one is due and none is running. */
    void appended(Instant at) {
        if (!applies) {
            return;
        }
        if (last == null) {
            last = at;
            return;
        }
        if (at.isBefore(last.plus(EVERY)) || !running.compareAndSet(false, true)) {
            return;
        }
        last = at;
        WORKER.execute(() -> {
            try (Connection connection = dataSource.getConnection()) {
                applies = compact(connection);
            } catch (SQLException | RuntimeException e) {
                Log.debugf(e, "online compaction of the log skipped");
            } finally {
                running.set(false);
            }
        });
    }

    /** Rewrites the sparsest chunks of an H2 file database; false if the connection is not to one. */
    static boolean compact(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return false;
        }
        Database database = session.getDatabase();
        if (!database.isPersistent() || database.getStore() == null || database.isClosing()) {
            return false;
        }
        database.getStore().getMvStore().compact(FILL_RATE, REWRITE_BYTES);
        return true;
    }
}
