package dev.commandcenter.collector.cron;

import java.util.Optional;
import java.util.OptionalLong;

/** The host's processes, as far as liveness checks need them. */
public interface ProcessTable {

    /**
     * A live process's start time in the unit Hermes records in {@code gateway.pid}: clock ticks
     * since boot (field 22 of {@code /proc/<pid>/stat}) on Linux, {@code create_time × 100} elsewhere.
     *
     * @return empty when no such process is alive; a present but empty start when it is alive and
     *         its start time cannot be read
     */
    Optional<OptionalLong> startTimeOf(long pid);

    /**
     * Whether the process recorded with {@code pid} and {@code recordedStart} is alive: the pid
     * alone is not enough, since a pid recycled by another process does not count.
     */
    default Liveness check(long pid, Long recordedStart) {
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
    enum Liveness {
        /** The pid is alive and its start time is the recorded one. */
        ALIVE,
        /** The pid is alive; no start time was recorded (legacy pid file) or none could be read. */
        ALIVE_UNVERIFIED,
        /** The pid is alive but started at another time: another process reuses it. */
        PID_REUSED,
        /** No process has this pid. */
        DEAD
    }
}
