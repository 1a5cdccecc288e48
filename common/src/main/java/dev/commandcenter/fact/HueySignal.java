package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** A signal Huey's stats tables record about a task ({@code huey_event.signal}). */
public enum HueySignal implements WireName {
    ENQUEUED,
    SCHEDULED,
    EXECUTING,
    COMPLETE,
    ERROR,
    RETRYING,
    REVOKED,
    EXPIRED,
    LOCKED,
    CANCELED,
    INTERRUPTED;

    /** The signal spelled {@code text}; null for one this version does not know. */
    static HueySignal parse(String text) {
        return WireName.parseOr(HueySignal.class, text, null);
    }
}
