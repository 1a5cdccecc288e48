package dev.commandcenter.ui;

import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.history.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The last 24 h of every row's states, as strips: one history query per kind of row, grouped by
 * subject. Each segment links to the replay of its first instant, on the row's own page and row.
 */
@ApplicationScoped
public class Strips {

    /** How far back a strip reaches. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private final RecentTransitions history;

    @Inject
    public Strips(RecentTransitions history) {
        this.history = history;
    }

    /**
     * @param at     the instant the page shows
     * @param page   the page's path, such as {@code /agents}
     * @param anchor a subject's row id on that page
     * @return by subject; a subject with no history has no strip
     */
    public Map<String, StateStrip> of(SubjectKind kind, Instant at, String page, Function<String, String> anchor) {
        // Drawn to the next whole minute: the strips (1 px is 12 minutes) look the same all minute long,
        // so a page left open is told "not modified" until a state changes.
        Instant to = at.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant from = to.minus(WINDOW);
        Map<String, List<Transition>> bySubject = new HashMap<>();
        for (Transition t : history.of(kind, from, history.until(at, to))) {
            bySubject.computeIfAbsent(t.subject(), s -> new ArrayList<>()).add(t);
        }
        Map<String, StateStrip> strips = new HashMap<>();
        bySubject.forEach((subject, transitions) -> strips.put(subject, StateStrip.of(transitions, from, to,
                start -> page + "?at=" + start + "#" + anchor.apply(subject))));
        return strips;
    }
}
