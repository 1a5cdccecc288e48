package dev.commandcenter.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes {@code command-center.data-dir} ready before the log is opened: created owner-only
 * ({@code 0700}), refused with one plain line when it is a file or not writable, and held by this
 * process alone, so that a second command center on the same directory is refused by name instead
 * of failing deep inside H2.
 */
public final class DataDirectory {

    static final String SETTING = "command-center.data-dir";
    static final String LOCK_FILE = "command-center.lock";
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** Held until the process ends; the operating system releases them then, even after kill -9. */
    private static final Map<Path, FileLock> HELD = new ConcurrentHashMap<>();

    private DataDirectory() {}

    /**
     * @return the directory, absolute
     * @throws SettingRefused when it cannot be the log's directory, or another process holds it
     */
    public static Path prepare(String configured) {
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw refused(configured, "is a file, not a directory");
        }
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } catch (FileAlreadyExistsException e) {
            // an existing directory keeps the permissions its operator gave it
        } catch (IOException | SecurityException e) {
            throw refused(configured, "cannot be created (" + e.getClass().getSimpleName() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw refused(configured, "is not writable by this user");
        }
        lock(dir);
        return dir;
    }

    /** Makes every file of the directory owner-only; H2 creates its files with the process's umask. */
    public static void restrictFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
            }
        }
    }

    private static void lock(Path dir) {
        if (HELD.containsKey(dir)) {
            return;
        }
        try {
            FileChannel channel = FileChannel.open(
                    dir.resolve(LOCK_FILE),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new SettingRefused("another command center is using " + dir + " (" + SETTING
                        + "); stop it, or give this one its own data directory");
            }
            HELD.put(dir, lock);
        } catch (OverlappingFileLockException e) {
            // this process already holds it (configuration is built more than once at start)
        } catch (IOException e) {
            throw refused(dir.toString(), "cannot be locked (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static SettingRefused refused(String value, String problem) {
        return new SettingRefused(SETTING + " is " + value + ", which " + problem
                + "; accepted: a writable directory (created owner-only when missing)");
    }
}
