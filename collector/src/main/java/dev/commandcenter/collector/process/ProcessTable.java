package dev.commandcenter.collector.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The machine's process table, read through {@link ProcessHandle} and, on Linux, {@code /proc}. */
@ApplicationScoped
public class ProcessTable {

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
                .filter(p -> p.commandLine() != null && commandLine.matcher(p.commandLine()).find())
                .sorted(Comparator.comparingLong(LiveProcess::pid))
                .toList();
    }

    private static LiveProcess describe(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return new LiveProcess(handle.pid(), info.startInstant().orElse(null), startTicks(handle.pid()),
                argv(handle.pid()).orElse(info.commandLine().orElse(null)));
    }

    /** The arguments as the process was started ({@code /proc/<pid>/cmdline}), joined by spaces. */
    private static Optional<String> argv(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String joined = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Field 22 of {@code /proc/<pid>/stat}; the fields after the parenthesised command name start at field 3. */
    static Long startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return fields.length > 19 ? Long.parseLong(fields[19]) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
