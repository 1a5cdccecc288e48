package dev.commandcenter.query.history;

import java.time.Instant;

/** An instant at which an input of a view changed, with the log entries that changed it. */
public record Change(Instant at, Evidence evidence) {}
