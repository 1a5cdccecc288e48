package dev.commandcenter.observation;

/**
 * How far a piece of shown data can be trusted right now (DESIGN §3).
 * Nothing is {@link #LIVE} without a timestamped, successful, fresh read behind it.
 */
public enum Freshness implements WireName {
    /** Last read succeeded and is younger than the source's staleness bound. */
    LIVE,
    /** Last read succeeded but is older than the staleness bound. */
    STALE,
    /** Never read, unconfigured, or the last read failed. */
    UNKNOWN,
    /** The read works, but what was read is unhealthy or only partly readable. */
    DEGRADED;
}
