package dev.commandcenter.collector.heartbeat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads heartbeat, pid and marker files, refusing anything larger than a heartbeat can be. */
public final class SmallFiles {

    /** Far above any real heartbeat; a bigger file is not one. */
    public static final int MAX_BYTES = 256 * 1024;

    private SmallFiles() {
    }

    public static FileContent read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return FileContent.failed("too-large", file + " is larger than " + MAX_BYTES + " bytes");
            }
            return FileContent.read(bytes);
        } catch (NoSuchFileException e) {
            return FileContent.failed("missing", file + " does not exist");
        } catch (IOException e) {
            return FileContent.failed("unreadable", file + ": " + e.getMessage());
        }
    }
}
