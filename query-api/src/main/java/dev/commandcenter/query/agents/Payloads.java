package dev.commandcenter.query.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the stored JSON payloads; a field that is absent or of the wrong type reads as null. */
final class Payloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static JsonNode parse(String payload) {
        if (payload == null) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(payload);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
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
