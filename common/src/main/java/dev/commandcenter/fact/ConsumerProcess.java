package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** Whether a Huey consumer's logged pid is its process, as the collector checked it against the process table. */
public enum ConsumerProcess implements WireName {
    /** Alive, and started when its log says. */
    ALIVE,
    /** Alive, but its start time could not be compared with the log's. */
    ALIVE_UNVERIFIED,
    /** No process with the logged pid. */
    DEAD,
    /** The logged pid now belongs to a process started at another time. */
    PID_REUSED,
    /** The log records no start, or a value this version does not know. */
    UNKNOWN;

    public boolean alive() {
        return this == ALIVE || this == ALIVE_UNVERIFIED;
    }

    static ConsumerProcess parse(String text) {
        return WireName.parseOr(ConsumerProcess.class, text, UNKNOWN);
    }
}
