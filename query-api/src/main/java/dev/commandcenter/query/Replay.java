package dev.commandcenter.query;

import java.time.Instant;

/**
 * Where a view stands in time: live (now) or a replay of a past instant, with the neighbouring
 * changes to step to and whether the instant lies before the log begins (then everything is unknown).
 */
public record Replay(
        boolean replay, Instant at, Instant logBegins, boolean beforeLog, Instant previousChange, Instant nextChange) {}
