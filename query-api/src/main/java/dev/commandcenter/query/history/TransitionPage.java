package dev.commandcenter.query.history;

import java.util.List;

/** One page of transitions; pass {@code nextCursor} as {@code cursor} to get the next, null at the end. */
public record TransitionPage(List<Transition> transitions, String nextCursor) {}
