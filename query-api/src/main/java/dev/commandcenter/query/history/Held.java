package dev.commandcenter.query.history;

import java.time.Instant;

/**
 * A subject's state as history folds it: the state it last showed, since when it has shown it,
 * and whether the view lists it now (a subject that left keeps its last state, as in history).
 */
public record Held(String state, Instant since, boolean present) {}
