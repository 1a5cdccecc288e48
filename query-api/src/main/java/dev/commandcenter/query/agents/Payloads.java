package dev.commandcenter.query.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.commandcenter.observation.StoredPayloads;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the stored JSON payloads; a field that is absent or of the wrong type reads as null. */
final class Payloads {

    private Payloads() {}

    static JsonNode parse(String payload) {
        return StoredPayloads.decode(payload).orElse(MissingNode.getInstance());
    }

    static String text(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isTextual() ? value.asText() : null;
    }

    static Long number(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isNumber() ? value.asLong() : null;
    }

    static Instant instant(JsonNode node, String pointer) {
        String text = text(node, pointer);
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

    static boolean present(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return !value.isMissingNode() && !value.isNull();
    }
}
