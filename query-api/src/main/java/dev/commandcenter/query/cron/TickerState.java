package dev.commandcenter.query.cron;

import dev.commandcenter.observation.WireName;

/** The in-process cron ticker, judged as {@code hermes cron status} does (200 s bound). */
public enum TickerState implements WireName {
    /** Heartbeat and last success both recent. */
    HEALTHY,
    /** Heartbeat recent, but no successful tick within the bound. */
    FAILING,
    /** Heartbeat older than the bound. */
    STALLED,
    /** No ticker files: an older build, an external cron provider, or a ticker that never ran. */
    UNKNOWN;
}
