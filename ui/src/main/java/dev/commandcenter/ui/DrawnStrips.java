package dev.commandcenter.ui;

import io.quarkus.qute.RawString;
import java.util.function.Function;

/**
 * The strips of one kind of row as a page draws them: each subject's strip rendered once (its SVG, or
 * "no history") and then given to every page and live update that shows it, while its history stays
 * the same. A page of fifty agents or a hundred jobs holds some 1,500 strip segments: rendered for each
 * request they were most of the page's time.
 */
public final class DrawnStrips {

    private final Function<String, RawString> drawn;

    DrawnStrips(Function<String, RawString> drawn) {
        this.drawn = drawn;
    }

    /** The strip of a row's subject, ready to be written into the page. */
    public RawString get(String subject) {
        return drawn.apply(subject);
    }
}
