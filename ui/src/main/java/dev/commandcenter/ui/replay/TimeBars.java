package dev.commandcenter.ui.replay;

import dev.commandcenter.query.QueryRefused;
import dev.commandcenter.query.Replay;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.history.Transition;
import dev.commandcenter.ui.RecentTransitions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Builds a page's time bar from the history of the rows it shows: the instants at which any of
 * them changed state, within the last 24 h or 7 d ({@code ?span=7d}). The marks are counted and
 * drawn once per page, span and minute, and kept while history answers the same: 250 marks drawn
 * for every request cost a fleet's page a good part of its time.
 */
@ApplicationScoped
public class TimeBars {

    /** Marks at most: one per 4 units of the bar. */
    static final int SLOTS = 250;

    /** Bars kept: a few pages, filters and spans at a time. */
    private static final int KEPT = 32;

    private static final Map<String, Duration> SPANS = Map.of("24h", Duration.ofHours(24), "7d", Duration.ofDays(7));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance marks(List<TimeBar.Mark> marks, String base);
    }

    private final RecentTransitions history;
    private final Clock clock;
    private final Map<Key, Drawn> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Drawn> eldest) {
            return size() > KEPT;
        }
    };

    /** One page's bar (its URL without {@code at}, its kinds of rows) over one window. */
    private record Key(String base, List<SubjectKind> kinds, Instant from, Instant to) {}

    /** The changes of a window by instant, and their marks drawn, from these answers of history. */
    private record Drawn(
            List<List<Transition>> answers,
            NavigableMap<Instant, Integer> other,
            NavigableMap<Instant, Integer> changes,
            RawString marks) {

        /** How many changes: several rows changing at one instant count each. */
        int count() {
            return changes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Inject
    public TimeBars(RecentTransitions history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The span a page asks for: {@code 24h} (the default) or {@code 7d}; anything else is a 400. */
    public static String span(String span) {
        String asked = span == null || span.isBlank() ? "24h" : span.strip();
        if (!SPANS.containsKey(asked)) {
            throw QueryRefused.badParameter("span", span, "24h or 7d", "span=" + span + " is not 24h or 7d");
        }
        return asked;
    }

    /** Changes that no history kind holds, counted by instant within [from, to] (the task board's issues and claims). */
    @FunctionalInterface
    public interface OtherChanges {
        /** The same map while nothing changed, so that the bar drawn from it is kept. */
        NavigableMap<Instant, Integer> between(Instant from, Instant to);
    }

    private static final OtherChanges NONE = (from, to) -> Collections.emptyNavigableMap();

    /**
     * @param kinds the kinds of rows the page shows (the brief: all of them)
     */
    public TimeBar of(UriInfo uri, String span, Replay shown, SubjectKind... kinds) {
        return of(uri, span, shown, NONE, kinds);
    }

    /**
     * @param others changes to mark besides those of the kinds' histories
     * @param kinds  the kinds of rows the page shows
     */
    public TimeBar of(UriInfo uri, String span, Replay shown, OtherChanges others, SubjectKind... kinds) {
        String asked = span(span);
        // To the next whole minute, as the strips: the bar looks the same all minute long.
        Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant from = to.minus(SPANS.get(asked));
        String base = base(uri, "at");
        List<List<Transition>> answers = new ArrayList<>(kinds.length);
        int recording = -1;
        for (SubjectKind kind : kinds) {
            OptionalInt recorded = history.recording(kind, to);
            if (recorded.isPresent()) {
                // Not projected from the log at the request: the bar says history is being recorded instead.
                recording = recording < 0 ? recorded.getAsInt() : Math.min(recording, recorded.getAsInt());
                answers.add(List.of());
            } else {
                answers.add(history.of(kind, from, to));
            }
        }
        NavigableMap<Instant, Integer> besides = others.between(from, to);
        Key key = new Key(base, List.of(kinds), from, to);
        Drawn bar;
        synchronized (drawn) {
            bar = drawn.get(key);
        }
        if (bar == null || bar.other() != besides || !same(bar.answers(), answers)) {
            bar = draw(answers, besides, from, to, base);
            synchronized (drawn) {
                drawn.put(key, bar);
            }
        }
        double span_ = Duration.between(from, to).toMillis();
        NavigableMap<Instant, Integer> changes = bar.changes();
        Instant at = shown.at();
        Instant previous = shown.replay() ? changes.lowerKey(at) : changes.isEmpty() ? null : changes.lastKey();
        Instant next = shown.replay() ? changes.higherKey(at) : null;
        if (previous == null) {
            previous = shown.previousChange();
        }
        if (next == null && shown.replay()) {
            next = shown.nextChange();
        }
        String other = asked.equals("24h") ? "7d" : "24h";
        String otherHref = base(uri, "span") + "span=" + other + (shown.replay() ? "&at=" + at : "");
        return new TimeBar(
                from,
                to,
                at,
                shown.replay(),
                asked,
                other,
                otherHref,
                base,
                bar.marks(),
                bar.count(),
                shown.replay() ? x(from, at, span_) : TimeBar.WIDTH,
                previous,
                next,
                recording);
    }

    /** Whether history gave the very answers the bar was drawn from (it keeps one while the log stays put). */
    private static boolean same(List<List<Transition>> drawn, List<List<Transition>> asked) {
        for (int i = 0; i < asked.size(); i++) {
            if (drawn.get(i) != asked.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static Drawn draw(
            List<List<Transition>> answers,
            NavigableMap<Instant, Integer> other,
            Instant from,
            Instant to,
            String base) {
        TreeMap<Instant, Integer> changes = new TreeMap<>(other);
        for (List<Transition> transitions : answers) {
            for (Transition t : transitions) {
                if (t.fromState() != null && !t.at().isBefore(from)) {
                    changes.merge(t.at(), 1, Integer::sum);
                }
            }
        }
        double span = Duration.between(from, to).toMillis();
        // One mark per slot (6 min of a day), at its newest change: what the bar can show apart, and a page
        // of fleet scale stays small. Stepping with ← and → still visits every change.
        TreeMap<Long, TimeBar.Mark> slots = new TreeMap<>();
        long slot = (long) Math.ceil(span / SLOTS);
        changes.forEach((at, n) -> slots.merge(
                Duration.between(from, at).toMillis() / slot,
                new TimeBar.Mark(x(from, at, span), at, n),
                (older, newer) -> new TimeBar.Mark(newer.x(), newer.at(), older.changes() + newer.changes())));
        int busiest =
                slots.values().stream().mapToInt(TimeBar.Mark::changes).max().orElse(1);
        List<TimeBar.Mark> marks = new ArrayList<>(slots.size());
        slots.values().forEach(mark -> marks.add(mark.against(busiest)));
        return new Drawn(
                answers,
                other,
                changes,
                new RawString(Templates.marks(marks, base).render()));
    }

    private static double x(Instant from, Instant at, double span) {
        return Math.round(Duration.between(from, at).toMillis() / span * TimeBar.WIDTH * 10) / 10.0;
    }

    /** The page's path and query without {@code at} and {@code left}, ready for one more parameter. */
    private static String base(UriInfo uri, String left) {
        StringBuilder base = new StringBuilder(uri.getPath()).append('?');
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        query.forEach((name, values) -> {
            if (!name.equals("at") && !name.equals(left)) {
                for (String value : values) {
                    base.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        });
        return base.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
