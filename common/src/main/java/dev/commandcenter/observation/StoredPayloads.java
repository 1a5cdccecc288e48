package dev.commandcenter.observation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The one decoder of stored payloads. A payload held in memory is parsed once, however many views
 * and instants read it: the decoded tree lives as long as the payload does. Trees are shared, so
 * callers only read them.
 */
public final class StoredPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> DECODED = Collections.synchronizedMap(new WeakHashMap<>());

    private StoredPayloads() {
    }

    /** The payload's tree, or empty when it is not JSON (the caller says what that means for its view). */
    public static Optional<JsonNode> decode(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        JsonNode cached = DECODED.get(payload);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null) {
                return Optional.empty();
            }
            DECODED.put(payload, node);
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
