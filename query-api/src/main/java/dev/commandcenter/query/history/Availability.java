package dev.commandcenter.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a subject spent a window: seconds per state, its current state and since when ("down since
 * 02:14"), its last transitions, and whether it is flapping.
 */
public record Availability(
        String subject,
        SubjectKind kind,
        Instant from,
        Instant to,
        String currentState,
        Instant currentSince,
        Map<String, Long> secondsInState,
        boolean flapping,
        List<Transition> lastTransitions) {}
