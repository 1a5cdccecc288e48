package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** Whether an agent's process runs, as the process check decided ({@code verdict}). */
public enum ProcessVerdict implements WireName {
    /** Its pid is alive and started when the record says. */
    ALIVE,
    /** No process with its pid, or none matching its command line. */
    MISSING,
    /** Its pid now belongs to a process started at another time. */
    RECYCLED,
    NO_PID,
    /** It runs on another machine: its pid cannot be checked here. */
    OTHER_HOST,
    UNREADABLE,
    /** No verdict, or one this version does not know. */
    UNKNOWN;

    static ProcessVerdict parse(String text) {
        return WireName.parseOr(ProcessVerdict.class, text, UNKNOWN);
    }
}
