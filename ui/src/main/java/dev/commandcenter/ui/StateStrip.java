package dev.commandcenter.ui;

import dev.commandcenter.observation.Ages;
import dev.commandcenter.query.history.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A subject's states over a window as segments of a small inline SVG strip, with a text summary for
 * readers who do not see colour ("live 23h 10m, unknown 50m"). The window is cut into {@link #SLOTS}
 * slots (24 min of a day, two units of the strip): a run of slots in one state is one segment, and a
 * slot that saw several states is drawn in the one it held longest, marked {@code mixed}, so a job
 * flapping all day is a few segments, not hundreds.
 */
public record StateStrip(List<Segment> segments, String summary) {

    /**
     * One state held from {@code x} to {@code x + width}, in units of {@link #WIDTH}; {@code href}
     * replays its first instant; {@code mixed}: other states came and went within it.
     */
    public record Segment(String state, double x, double width, String title, String href, boolean mixed) {}

    public static final int WIDTH = 120;

    /** Slots per strip: what can be told apart in 120 units. */
    static final int SLOTS = 60;

    public static StateStrip of(List<Transition> transitions, Instant from, Instant to) {
        return of(transitions, from, to, start -> null);
    }

    /** @param link the replay of an instant, for each segment's start */
    public static StateStrip of(
            List<Transition> transitions, Instant from, Instant to, Function<Instant, String> link) {
        long span = Math.max(SLOTS, Duration.between(from, to).toMillis());
        List<Run> runs = new ArrayList<>();
        Map<String, Long> held = new LinkedHashMap<>();
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            long start = Math.max(0, Duration.between(from, t.at()).toMillis());
            long end = i + 1 < transitions.size()
                    ? Duration.between(from, transitions.get(i + 1).at()).toMillis()
                    : span;
            end = Math.min(span, end);
            if (end > start) {
                runs.add(new Run(t.toState(), start, end));
                held.merge(t.toState(), end - start, Long::sum);
            }
        }
        List<Segment> segments = new ArrayList<>();
        long slot = span / SLOTS;
        int r = 0;
        Slot open = null;
        for (int s = 0; s < SLOTS; s++) {
            long a = s * slot;
            long b = s + 1 == SLOTS ? span : a + slot;
            Map<String, Long> within = new LinkedHashMap<>();
            while (r < runs.size() && runs.get(r).end() <= a) {
                r++;
            }
            for (int k = r; k < runs.size() && runs.get(k).start() < b; k++) {
                Run run = runs.get(k);
                within.merge(run.state(), Math.min(b, run.end()) - Math.max(a, run.start()), Long::sum);
            }
            if (within.isEmpty()) {
                open = close(open, segments, from, span, link);
                continue;
            }
            String state = within.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            boolean mixed = within.size() > 1;
            long first = Math.max(a, runs.get(r).start());
            if (open != null && open.state.equals(state) && open.mixed == mixed && open.end == a) {
                open.end = b;
            } else {
                close(open, segments, from, span, link);
                open = new Slot(state, mixed, first, b);
            }
            Slot current = open;
            within.forEach((st, ms) -> current.held.merge(st, ms, Long::sum));
        }
        close(open, segments, from, span, link);
        StringBuilder summary = new StringBuilder();
        held.forEach((state, millis) -> summary.append(summary.length() == 0 ? "" : ", ")
                .append(state)
                .append(' ')
                .append(Ages.describe(Duration.ofMillis(millis))));
        return new StateStrip(segments, summary.length() == 0 ? "no history" : summary.toString());
    }

    private record Run(String state, long start, long end) {}

    /** A segment being drawn: its state, where it starts and ends (ms into the window), what it held. */
    private static final class Slot {
        final String state;
        final boolean mixed;
        final long start;
        long end;
        final Map<String, Long> held = new LinkedHashMap<>();

        Slot(String state, boolean mixed, long start, long end) {
            this.state = state;
            this.mixed = mixed;
            this.start = start;
            this.end = end;
        }
    }

    private static Slot close(
            Slot slot, List<Segment> segments, Instant from, long span, Function<Instant, String> link) {
        if (slot == null) {
            return null;
        }
        Instant start = from.plusMillis(slot.start);
        String title;
        if (slot.mixed) {
            StringBuilder states = new StringBuilder();
            slot.held.forEach((state, ms) -> states.append(states.length() == 0 ? "" : ", ")
                    .append(state)
                    .append(' ')
                    .append(Ages.describe(Duration.ofMillis(ms))));
            title = "changing from " + start + " for " + Ages.describe(Duration.ofMillis(slot.end - slot.start)) + ": "
                    + states;
        } else {
            title = slot.state + " from " + start + " for " + Ages.describe(Duration.ofMillis(slot.end - slot.start));
        }
        segments.add(new Segment(
                slot.state,
                round((double) slot.start / span * WIDTH),
                round((double) (slot.end - slot.start) / span * WIDTH),
                title,
                link.apply(start),
                slot.mixed));
        return null;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
