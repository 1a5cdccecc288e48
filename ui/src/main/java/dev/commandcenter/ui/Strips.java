package dev.commandcenter.ui;

import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.history.Transition;
import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The last 24 h of every row's states, as strips: one history query per kind of row, grouped by
 * subject. Each segment links to the replay of its first instant, on the row's own page and row.
 * A strip is rendered ({@code tags/strip.html}) once per subject and minute and kept while its
 * transitions stay the same: a poll that changed one agent draws that agent's strip again, not fifty.
 */
@ApplicationScoped
public class Strips {

    /** How far back a strip reaches. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /**
     * Strip sets kept: the four kinds at now and a few replays (each replayed instant draws its own; a
     * fleet's set is some 700 kB in memory, so they are not kept by the dozen).
     */
    private static final int KEPT = 8;

    private final RecentTransitions history;
    private final Template strip;
    private final RawString none;
    private final Map<Key, Drawn> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Drawn> eldest) {
            return size() > KEPT;
        }
    };

    /** One page's strips of one kind over one window, asked up to {@code until}. */
    private record Key(SubjectKind kind, String page, Instant from, Instant to, Instant until) {}

    /** The strips drawn from one answer of history, each subject's rendered when first shown. */
    private record Drawn(
            List<Transition> transitions, Map<String, List<Transition>> bySubject, Map<String, Rendered> rendered) {}

    /** A subject's strip and the transitions it was drawn from. */
    private record Rendered(List<Transition> transitions, RawString html) {}

    @Inject
    public Strips(RecentTransitions history, @Location("tags/strip") Template strip) {
        this.history = history;
        this.strip = strip;
        this.none =
                new RawString(strip.data("strip", null).data("recording", null).render());
    }

    /**
     * @param at     the instant the page shows
     * @param page   the page's path, such as {@code /agents}
     * @param anchor a subject's row id on that page (the same for a subject every time it is asked)
     * @return by subject; a subject with no history shows "no history", and every subject "history
     *     being recorded (n %)" while the state ledger is rebuilt and cannot answer the window yet
     */
    public DrawnStrips of(SubjectKind kind, Instant at, String page, Function<String, String> anchor) {
        // Drawn to the next whole minute: the strips (1 px is 12 minutes) look the same all minute long,
        // so a page left open is told "not modified" until a state changes.
        Instant to = at.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant from = to.minus(WINDOW);
        Instant until = history.until(at, to);
        OptionalInt recording = history.recording(kind, until);
        if (recording.isPresent()) {
            RawString note = new RawString(strip.data("strip", null)
                    .data("recording", recording.getAsInt())
                    .render());
            return new DrawnStrips(subject -> note);
        }
        List<Transition> transitions = history.of(kind, from, until);
        Key key = new Key(kind, page, from, to, until);
        Drawn current;
        synchronized (drawn) {
            current = drawn.get(key);
            if (current == null || current.transitions() != transitions) {
                current = drawn(transitions, current);
                drawn.put(key, current);
            }
        }
        Drawn strips = current;
        return new DrawnStrips(subject -> {
            List<Transition> own = strips.bySubject().get(subject);
            if (own == null) {
                return none;
            }
            return strips.rendered()
                    .computeIfAbsent(
                            subject,
                            s -> new Rendered(
                                    own,
                                    render(StateStrip.of(
                                            own,
                                            from,
                                            to,
                                            start -> page + "?at=" + start + "#" + anchor.apply(subject)))))
                    .html();
        });
    }

    /** Groups a new answer of history by subject, keeping the strips of subjects whose transitions did not change. */
    private static Drawn drawn(List<Transition> transitions, Drawn before) {
        Map<String, List<Transition>> bySubject = new HashMap<>();
        for (Transition t : transitions) {
            bySubject.computeIfAbsent(t.subject(), s -> new ArrayList<>()).add(t);
        }
        Map<String, Rendered> rendered = new ConcurrentHashMap<>();
        if (before != null) {
            before.rendered().forEach((subject, r) -> {
                if (r.transitions().equals(bySubject.get(subject))) {
                    rendered.put(subject, r);
                }
            });
        }
        return new Drawn(transitions, bySubject, rendered);
    }

    private RawString render(StateStrip drawn) {
        return new RawString(strip.data("strip", drawn).render());
    }
}
