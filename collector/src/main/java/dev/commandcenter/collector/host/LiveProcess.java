package dev.commandcenter.collector.host;

import java.time.Instant;

/**
 * A process found in the process table.
 *
 * @param startedAt   when it started, if the platform says
 * @param startTicks  Linux start time in clock ticks since boot ({@code /proc/<pid>/stat} field 22), if readable
 * @param commandLine its command line, if visible to this user
 */
public record LiveProcess(long pid, Instant startedAt, Long startTicks, String commandLine) {}
