package dev.commandcenter.collector.sqlite;

import dev.commandcenter.files.ConfinedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Opens a SQLite file strictly read only, never creating files beside it. A WAL database opened
 * plainly read only creates {@code -wal}/{@code -shm} files; so when they are absent (no writer
 * attached) the file is opened {@code immutable}, and when a writer has them open they are shared,
 * so that what is still in the WAL is read too. Readers in WAL mode never block the writer.
 * Used for every SQLite file a source reads (Huey's store and stats, Hermes' {@code state.db}).
 */
public final class SqliteReadOnly {

    private SqliteReadOnly() {}

    /**
     * @throws SQLException also when the file is not a regular file inside its own directory (a link
     *                      to elsewhere is not opened)
     */
    public static Connection open(Path file) throws SQLException {
        Path absolute;
        try {
            absolute = ConfinedFiles.confined(ConfinedFiles.directoryOf(file), file);
        } catch (ConfinedFiles.Refused refused) {
            throw new SQLException(refused.getMessage(), refused);
        }
        boolean writerAttached = Files.exists(sibling(absolute, "-wal")) && Files.exists(sibling(absolute, "-shm"));
        String url = "jdbc:sqlite:" + absolute.toUri() + (writerAttached ? "?mode=ro" : "?mode=ro&immutable=1");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(1000);
        Connection connection = config.createConnection(url);
        connection.setAutoCommit(false);
        return connection;
    }

    public static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (var rs =
                connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
