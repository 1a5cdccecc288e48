package dev.commandcenter.observation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum spelled as the log, the API and the pages spell it: lower case, words joined by hyphens
 * ({@code READY_TO_MERGE} → {@code ready-to-merge}). The JSON of a constant is its wire name.
 */
public interface WireName {

    /** The constant's name; every enum has it. */
    String name();

    @JsonValue
    default String wire() {
        return this instanceof Enum<?> constant ? WireSpellings.of(constant) : WireSpellings.spelled(name());
    }

    /**
     * The constant spelled {@code wire} (any case, blanks around it ignored), for what a person typed:
     * null for null or blank, and an unknown name is refused.
     *
     * @throws IllegalArgumentException when no constant is spelled {@code wire}
     */
    static <E extends Enum<E> & WireName> E parse(Class<E> type, String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        String spelled = wire.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(spelled)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(wire);
    }

    /**
     * The constant spelled {@code wire} (any case, {@code _} for {@code -} too), for what a source
     * wrote: {@code fallback} for null or for a value this version does not know, so that a newer
     * collector does not break an older view.
     */
    static <E extends Enum<E> & WireName> E parseOr(Class<E> type, String wire, E fallback) {
        if (wire == null) {
            return fallback;
        }
        String spelled = wire.toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(spelled)) {
                return constant;
            }
        }
        return fallback;
    }
}
