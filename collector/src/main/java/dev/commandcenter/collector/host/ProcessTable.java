package dev.commandcenter.collector.host;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * This machine's process table, read through {@link ProcessHandle} and, on Linux, {@code /proc}: start
 * ticks come from {@code /proc/<pid>/stat} exactly as Hermes reads them, so the two compare tick for tick.
 */
@ApplicationScoped
public class ProcessTable {

    private static final Path PROC = Path.of("/proc");

    /** The live process with this pid, if any. */
    public Optional<LiveProcess> find(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessTable::describe);
    }

    /** Every live process whose command line (its argv, space-joined) contains a match, lowest pid first. */
    public List<LiveProcess> matching(Pattern commandLine) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .map(ProcessTable::describe)
                .filter(p -> p.commandLine() != null
                        && commandLine.matcher(p.commandLine()).find())
                .sorted(Comparator.comparingLong(LiveProcess::pid))
                .toList();
    }

    /**
     * A live process's start time in the unit Hermes records in {@code gateway.pid}: clock ticks
     * since boot (field 22 of {@code /proc/<pid>/stat}) on Linux, {@code create_time × 100} elsewhere.
     *
     * @return empty when no such process is alive; a present but empty start when it is alive and
     *         its start time cannot be read
     */
    public Optional<OptionalLong> startTimeOf(long pid) {
        return find(pid).map(process -> {
            if (process.startTicks() != null) {
                return OptionalLong.of(process.startTicks());
            }
            if (Files.isDirectory(PROC) || process.startedAt() == null) {
                return OptionalLong.empty();
            }
            // psutil's create_time × 100, which is what Hermes records off Linux.
            return OptionalLong.of(process.startedAt().toEpochMilli() / 10);
        });
    }

    /**
     * Whether the process recorded with {@code pid} and {@code recordedStart} is alive: the pid
     * alone is not enough, since a pid recycled by another process does not count.
     */
    public Liveness check(long pid, Long recordedStart) {
        var start = startTimeOf(pid);
        if (start.isEmpty()) {
            return Liveness.DEAD;
        }
        if (recordedStart == null || start.get().isEmpty()) {
            return Liveness.ALIVE_UNVERIFIED;
        }
        return start.get().getAsLong() == recordedStart ? Liveness.ALIVE : Liveness.PID_REUSED;
    }

    /** What the process table says about a recorded process. */
    public enum Liveness {
        /** The pid is alive and its start time is the recorded one. */
        ALIVE,
        /** The pid is alive; no start time was recorded (legacy pid file) or none could be read. */
        ALIVE_UNVERIFIED,
        /** The pid is alive but started at another time: another process reuses it. */
        PID_REUSED,
        /** No process has this pid. */
        DEAD
    }

    private static LiveProcess describe(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        OptionalLong ticks = procStartTicks(handle.pid());
        return new LiveProcess(
                handle.pid(),
                info.startInstant().orElse(null),
                ticks.isPresent() ? Long.valueOf(ticks.getAsLong()) : null,
                argv(handle.pid()).orElse(info.commandLine().orElse(null)));
    }

    /** The arguments as the process was started ({@code /proc/<pid>/cmdline}), joined by spaces. */
    private static Optional<String> argv(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            String joined =
                    new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong procStartTicks(long pid) {
        try {
            return startTicks(
                    Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.UTF_8));
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
