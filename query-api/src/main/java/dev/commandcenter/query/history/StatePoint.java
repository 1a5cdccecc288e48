package dev.commandcenter.query.history;

import java.time.Instant;

/** A subject's state as judged at one instant, with the log entries that made it so. */
public record StatePoint(String subject, String state, Instant at, Evidence evidence) {}
