package dev.commandcenter.query.brief;

import dev.commandcenter.observation.WireName;

/**
 * The brief's judgement of an area or of everything. Ordered by what an operator must see first:
 * red (act now), unknown (cannot tell: it may hide red), amber (look soon), green (fresh and fine).
 */
public enum Health implements WireName {
    RED,
    UNKNOWN,
    AMBER,
    GREEN;

    /** The more urgent of two. */
    public Health worst(Health other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
