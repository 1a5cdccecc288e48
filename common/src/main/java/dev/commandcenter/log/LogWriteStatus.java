package dev.commandcenter.log;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the log can be written, per source: the outcome of each source's last append. A poll
 * that cannot be appended leaves no trace in the log itself, so this is where it shows: on the
 * sources page and API, and as readiness DOWN, instead of a silent "never read".
 */
@ApplicationScoped
public class LogWriteStatus {

    /** Enough of a database error to act on; its full text stays in the application log. */
    private static final int MAX_REASON = 300;

    private final Map<String, LogWriteFailure> failing = new ConcurrentHashMap<>();

    /** A poll of {@code source} was appended: its earlier failure, if any, is over. */
    public void appended(String source) {
        failing.remove(source);
    }

    public void failed(String source, Instant at, Throwable cause) {
        failing.put(source, new LogWriteFailure(source, at, reasonOf(cause)));
    }

    /** The sources whose last append failed, by name; empty when the log is written. */
    public List<LogWriteFailure> failures() {
        return failing.values().stream()
                .sorted(Comparator.comparing(LogWriteFailure::source))
                .toList();
    }

    /**
     * The database's own words, first line, without the statement and without quoted values: a
     * value that did not fit may be anything a source handed over.
     */
    static String reasonOf(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof SQLException)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String reason = message.lines().findFirst().orElse("");
        int statement = reason.indexOf("; SQL statement");
        if (statement >= 0) {
            reason = reason.substring(0, statement);
        }
        reason = reason.replaceAll("'[^']*'?", "'…'")
                .replaceAll("\\s*\\[[0-9-]+]\\s*$", "")
                .strip();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }

    /**
     * A source whose last poll could not be appended.
     *
     * @param at     when that poll finished
     * @param reason the database's reason, without any value
     */
    public record LogWriteFailure(String source, Instant at, String reason) {

        /** As the sources page and readiness say it. */
        public String message() {
            return "the log cannot be written: " + reason;
        }
    }
}
