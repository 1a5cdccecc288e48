package dev.commandcenter.query.reviews;

import java.util.Locale;

/** The wire names of the view enums: lower case, words joined by hyphens ({@code READY_TO_MERGE} → {@code ready-to-merge}). */
public final class Wire {

    private Wire() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose wire name is {@code wire}; null for null or blank. */
    public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(wire.trim().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException(wire);
    }
}
