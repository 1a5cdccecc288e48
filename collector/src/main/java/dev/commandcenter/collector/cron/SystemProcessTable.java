package dev.commandcenter.collector.cron;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * This machine's process table through {@link ProcessHandle}; on Linux the start time comes from
 * {@code /proc/<pid>/stat} exactly as Hermes reads it, so the two can be compared tick for tick.
 */
@ApplicationScoped
public class SystemProcessTable implements ProcessTable {

    private static final Path PROC = Path.of("/proc");

    @Override
    public Optional<OptionalLong> startTimeOf(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        if (Files.isDirectory(PROC)) {
            return Optional.of(procStartTicks(pid));
        }
        // psutil's create_time × 100, which is what Hermes records off Linux.
        return Optional.of(handle.get().info().startInstant()
                .map(start -> OptionalLong.of(start.toEpochMilli() / 10))
                .orElse(OptionalLong.empty()));
    }

    static OptionalLong procStartTicks(long pid) {
        try {
            return startTicks(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Field 22 of a {@code /proc/<pid>/stat} line; the command name (field 2) may hold spaces and parentheses. */
    static OptionalLong startTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] rest = stat.substring(close + 1).trim().split("\\s+");
        // rest[0] is field 3 (state), so field 22 is rest[19].
        return rest.length > 19 ? OptionalLong.of(Long.parseLong(rest[19])) : OptionalLong.empty();
    }
}
