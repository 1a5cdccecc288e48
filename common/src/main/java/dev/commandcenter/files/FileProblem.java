package dev.commandcenter.files;

import java.util.Locale;

/** Why a file a source hands over gave no content. */
public enum FileProblem {
    /** It does not exist (or is a link to nothing). */
    MISSING,
    /** A link, or a path through one, that leads out of the directory the file was configured in. */
    OUTSIDE,
    /** A directory, device, pipe or socket: only regular files are read. */
    NOT_REGULAR,
    /** Larger than any genuine file of its kind. */
    TOO_LARGE,
    /** It exists but cannot be read (permissions, I/O). */
    UNREADABLE;

    /** The problem as stored in payloads: {@code missing}, {@code not-regular}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
