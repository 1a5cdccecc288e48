package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.StoredPayloads;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading the stored JSON payloads. */
final class Payloads {

    private Payloads() {}

    static JsonNode parse(String payload) {
        return StoredPayloads.decode(payload).orElseThrow(() -> new LogReadFailed("stored payload is not JSON", null));
    }

    /** An ISO instant field, or null when absent, null or unreadable. */
    static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
