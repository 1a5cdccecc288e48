package dev.commandcenter.query.brief;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The brief's judgement of an area or of everything. Ordered by what an operator must see first:
 * red (act now), unknown (cannot tell: it may hide red), amber (look soon), green (fresh and fine).
 */
public enum Health {
    RED, UNKNOWN, AMBER, GREEN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The more urgent of two. */
    public Health worst(Health other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
