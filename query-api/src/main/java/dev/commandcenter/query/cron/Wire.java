package dev.commandcenter.query.cron;

import java.util.Locale;

/** Enum names as the API and the log spell them: lower case, words joined by hyphens. */
final class Wire {

    private Wire() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled {@code wire}, or {@code fallback} for a value this version does not know. */
    static <E extends Enum<E>> E parse(Class<E> type, String wire, E fallback) {
        if (wire == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
