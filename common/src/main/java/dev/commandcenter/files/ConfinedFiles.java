package dev.commandcenter.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way a source reads a file it is handed (heartbeats, pid files, Hermes homes, Huey files,
 * consumer logs, token files). What those directories hold is written by agents and other
 * processes, so it is untrusted: a file is read only if it resolves, links included, to a regular
 * file inside the directory it was configured in, and only up to a size cap. A link pointing at a
 * system file or a secrets file is refused before a byte of it is read; problems name the file,
 * never its content.
 */
public final class ConfinedFiles {

    private ConfinedFiles() {}

    /**
     * Reads {@code file}, which must resolve to a regular file under {@code root}.
     *
     * @param root     the configured directory the file belongs to; for a file configured on its own,
     *                 its parent directory
     * @param maxBytes a larger file is refused as {@link FileProblem#TOO_LARGE}
     */
    public static FileContent read(Path root, Path file, int maxBytes) {
        Path real;
        try {
            real = confined(root, file);
        } catch (Refused refused) {
            return FileContent.failed(refused.problem, refused.getMessage());
        }
        // NOFOLLOW_LINKS: the checked path cannot be swapped for a link between the check and the open.
        try (InputStream in = Channels.newInputStream(
                Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                return FileContent.failed(FileProblem.TOO_LARGE, file + " is larger than " + maxBytes + " bytes");
            }
            return FileContent.read(bytes);
        } catch (NoSuchFileException e) {
            return FileContent.failed(FileProblem.MISSING, file + " does not exist");
        } catch (IOException e) {
            return FileContent.failed(FileProblem.UNREADABLE, file + " cannot be read (" + reason(e) + ")");
        }
    }

    /** The first {@code maxBytes} of a file under {@code root} (a document whose head is enough). */
    public static FileContent head(Path root, Path file, int maxBytes) {
        return part(root, file, maxBytes, false);
    }

    /** The last {@code maxBytes} of a file under {@code root} (a log whose newest lines are enough). */
    public static FileContent tail(Path root, Path file, int maxBytes) {
        return part(root, file, maxBytes, true);
    }

    private static FileContent part(Path root, Path file, int maxBytes, boolean fromEnd) {
        try (SeekableByteChannel channel =
                Files.newByteChannel(confined(root, file), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (fromEnd) {
                channel.position(Math.max(0, channel.size() - maxBytes));
            }
            return FileContent.read(Channels.newInputStream(channel).readNBytes(maxBytes));
        } catch (Refused refused) {
            return FileContent.failed(refused.problem(), refused.getMessage());
        } catch (NoSuchFileException e) {
            return FileContent.failed(FileProblem.MISSING, file + " does not exist");
        } catch (IOException e) {
            return FileContent.failed(FileProblem.UNREADABLE, file + " cannot be read (" + reason(e) + ")");
        }
    }

    /** Reads a file configured on its own: confined to its own directory. */
    public static FileContent read(Path file, int maxBytes) {
        return read(directoryOf(file), file, maxBytes);
    }

    /** The directory a file configured on its own is confined to. */
    public static Path directoryOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }

    /**
     * The real path of {@code file} once it is checked to be a regular file inside {@code root}:
     * for readers that open the file themselves (SQLite, a log's tail).
     *
     * @throws Refused when it is missing, outside, not regular or unreadable
     */
    public static Path confined(Path root, Path file) throws Refused {
        Path real;
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused(FileProblem.MISSING, file + " does not exist");
        } catch (IOException e) {
            throw new Refused(FileProblem.UNREADABLE, file + " cannot be read (" + reason(e) + ")");
        }
        if (!real.startsWith(realRoot)) {
            throw new Refused(FileProblem.OUTSIDE, file + " leads out of " + root + " (a link to elsewhere); not read");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new Refused(FileProblem.UNREADABLE, file + " cannot be read (" + reason(e) + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused(FileProblem.NOT_REGULAR, file + " is not a regular file; not read");
        }
        return real;
    }

    /** The kind of I/O failure, without the message (which may hold a path the link pointed to). */
    private static String reason(IOException e) {
        return e instanceof AccessDeniedException
                ? "permission denied"
                : e.getClass().getSimpleName();
    }

    /** A file that is not read, and why. */
    public static final class Refused extends IOException {

        private final transient FileProblem problem;

        Refused(FileProblem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public FileProblem problem() {
            return problem;
        }
    }
}
