package dev.commandcenter.observation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one decoder of stored payloads. A payload read again and again (the latest state of a subject,
 * at every instant a view is judged) is parsed once: the most recently used trees are kept, a
 * bounded number, so a walk through a day of history does not keep a tree of every payload it met.
 * Trees are shared, so callers only read them.
 */
public final class StoredPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** More than the subjects of a `fleet` poll cycle (1,461), so the views at now find all theirs. */
    static final int KEPT = 4096;

    private static final Map<String, JsonNode> DECODED = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
                    return size() > KEPT;
                }
            });

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
