package dev.commandcenter.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.benmanes.caffeine.cache.Interner;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Field readers for fact readers: a field that is absent, null or of another type reads as the default given. */
public final class FactFields {

    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    /**
     * Short texts recur in every version of a payload kept decoded (states, labels, models, schedules,
     * logins): held once each while any fact holds them, not once per version.
     */
    private static final int SHARED_LENGTH = 32;

    private static final Interner<String> SHARED = Interner.newWeakInterner();

    private FactFields() {}

    /** Text, or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? shared(value.asText()) : null;
    }

    private static String shared(String text) {
        return text.length() > SHARED_LENGTH ? text : SHARED.intern(text);
    }

    public static String text(JsonNode node, String field, String otherwise) {
        String text = text(node, field);
        return text == null ? otherwise : text;
    }

    public static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    /** True, false, or null when the source did not say. */
    public static Boolean maybeFlag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    public static long whole(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asLong() : 0;
    }

    /** A number, or null when absent or not a number. */
    public static Long maybeWhole(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    /** An ISO-8601 instant with offset or zone {@code Z}, or null when absent or unreadable. */
    public static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** The zone schedules are read in when none is named (Huey reads a crontab in UTC unless told otherwise). */
    public static final String DEFAULT_ZONE_ID = "UTC";

    /** {@link #DEFAULT_ZONE_ID}; also the zone of a payload that names one this JVM does not know. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of(DEFAULT_ZONE_ID);

    /** A zone id, or {@link #DEFAULT_ZONE} when absent or unknown. */
    public static ZoneId zone(JsonNode node, String field) {
        String id = text(node, field);
        if (id == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    /** The object under a field, or an empty one. */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : EMPTY;
    }

    /** The elements of an array field that are objects; none when absent. */
    public static List<JsonNode> objects(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(e -> {
                if (e.isObject()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    /** A text field of each object of an array field (e.g. the names of labels), skipping those without it. */
    public static List<String> texts(JsonNode node, String field, String inner) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : objects(node, field)) {
            String text = text(element, inner);
            if (text != null) {
                out.add(text);
            }
        }
        return List.copyOf(out);
    }

    /** The texts of an array of texts; none when absent. */
    public static List<String> textArray(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(e -> {
                if (e.isTextual()) {
                    out.add(shared(e.asText()));
                }
            });
        }
        return List.copyOf(out);
    }
}
