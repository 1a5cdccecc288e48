package dev.commandcenter.ui.replay;

import io.quarkus.qute.RawString;
import java.time.Instant;

/**
 * The time bar over a page: the last 24 h (or 7 d) to now, the instants where the page's states
 * changed marked on it, the instant shown, and the changes before and after it to step to.
 *
 * @param base          the page's URL without {@code at}: every link adds the instant to it
 * @param otherSpanHref the same page and instant over the other span
 * @param marks    the marks of the changes, drawn ({@code TimeBars/marks.html}): one per slot of the bar
 * @param changes  how many changes the bar marks: "0 changes" says why a bar is blank
 * @param cursor   where the instant shown lies on the bar, 0 to {@link #WIDTH}; negative when before it
 * @param previous the change before the instant shown (the newest one, live), or null
 * @param next     the change after it, or null (never, live)
 * @param recording while the state ledger of some kind the page shows is being rebuilt: how much of the
 *     log it has recorded (0–100), and that kind's changes are not marked; -1 when every kind's are
 */
public record TimeBar(
        Instant from,
        Instant to,
        Instant at,
        boolean replay,
        String span,
        String otherSpan,
        String otherSpanHref,
        String base,
        RawString marks,
        int changes,
        double cursor,
        Instant previous,
        Instant next,
        int recording) {

    /** The bar's width in SVG units. */
    public static final int WIDTH = 1000;

    /**
     * A change: where on the bar, when, how many rows changed state then, and how tall its mark is
     * (3 to 14 of the bar's 20 units, by its changes against the busiest mark's): at fleet scale nearly
     * every slot has a change, and only the heights tell a quiet hour from a storm.
     */
    public record Mark(double x, Instant at, int changes, int height) {

        Mark(double x, Instant at, int changes) {
            this(x, at, changes, 14);
        }

        /** The same mark, as tall as its changes are against the busiest mark's. */
        Mark against(int busiest) {
            return new Mark(
                    x, at, changes, 3 + (int) Math.round(11 * Math.sqrt((double) changes / Math.max(1, busiest))));
        }

        /** Where the mark's top is: marks stand on the bar's baseline. */
        public int y() {
            return 17 - height;
        }
    }

    /** The URL of the page at an instant, its filters kept. */
    public String href(Instant instant) {
        return base + "at=" + instant;
    }

    /** The URL of the page live, its filters kept. */
    public String live() {
        return base.substring(0, base.length() - 1);
    }
}
