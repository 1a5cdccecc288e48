package dev.commandcenter.query.history;

import java.time.Instant;

/**
 * One state change of a subject. {@code fromState} is null for the first state known in the
 * requested window. States are the wire names of the kind's own state enum.
 */
public record Transition(
        String subject, SubjectKind kind, String fromState, String toState, Instant at, Evidence evidence) {}
