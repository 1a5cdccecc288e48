package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** How an endpoint's probe was judged ({@code state}). */
public enum ProbeOutcome implements WireName {
    /** Answered in time with a success status. */
    UP,
    /** Answered, but slowly, with an HTML page, a redirect or another 4xx. */
    DEGRADED,
    /** Answered 429. */
    RATE_LIMITED,
    /** Answered 5xx, or not at all (timeout, refused). */
    DOWN,
    /** No state, or one this version does not know. */
    UNKNOWN;

    static ProbeOutcome parse(String text) {
        return WireName.parseOr(ProbeOutcome.class, text, UNKNOWN);
    }
}
