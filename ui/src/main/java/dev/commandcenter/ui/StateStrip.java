package dev.commandcenter.ui;

import dev.commandcenter.observation.Ages;
import dev.commandcenter.query.history.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A subject's states over a window as segments of a small inline SVG strip, with a text summary for
 * readers who do not see colour ("live 23h 10m, unknown 50m").
 */
public record StateStrip(List<Segment> segments, String summary) {

    /** One state held from {@code x} to {@code x + width}, in units of {@link #WIDTH}; {@code href} replays its start. */
    public record Segment(String state, double x, double width, String title, String href) {
    }

    public static final int WIDTH = 120;

    public static StateStrip of(List<Transition> transitions, Instant from, Instant to) {
        return of(transitions, from, to, start -> null);
    }

    /** @param link the replay of an instant, for each segment's start */
    public static StateStrip of(List<Transition> transitions, Instant from, Instant to,
            java.util.function.Function<Instant, String> link) {
        double span = Math.max(1, Duration.between(from, to).toMillis());
        List<Segment> segments = new ArrayList<>();
        java.util.Map<String, Long> held = new java.util.LinkedHashMap<>();
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            Instant start = t.at().isBefore(from) ? from : t.at();
            Instant end = i + 1 < transitions.size() ? transitions.get(i + 1).at() : to;
            long millis = Math.max(0, Duration.between(start, end).toMillis());
            held.merge(t.toState(), millis, Long::sum);
            double x = Duration.between(from, start).toMillis() / span * WIDTH;
            segments.add(new Segment(t.toState(), round(x), round(millis / span * WIDTH),
                    t.toState() + " from " + start + " for " + Ages.describe(Duration.ofMillis(millis)), link.apply(start)));
        }
        StringBuilder summary = new StringBuilder();
        held.forEach((state, millis) -> summary.append(summary.length() == 0 ? "" : ", ")
                .append(state).append(' ').append(Ages.describe(Duration.ofMillis(millis))));
        return new StateStrip(segments, summary.length() == 0 ? "no history" : summary.toString());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
