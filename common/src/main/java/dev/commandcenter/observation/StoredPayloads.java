package dev.commandcenter.observation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * The one decoder of stored payloads. A payload read again and again (the latest state of a subject,
 * at every instant a view is judged) is parsed once: decoded trees are kept up to a bounded size,
 * those read most often first, so the views at now find theirs while a replay's or a day's walk's
 * payloads, each read once or twice, pass through without pushing them out (Caffeine's admission by
 * frequency). Trees, and equal parts of different trees ({@link SharedSubtrees}), are shared, so
 * callers only read them.
 */
public final class StoredPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SharedSubtrees SHARED = new SharedSubtrees();
    /**
     * Characters of payload whose trees are kept: the present subjects of the simulated `fleet` (3.9 M
     * characters, Gitea's 3.75 M of them) and half as much again. A tree weighs about three times its text.
     */
    static final long KEPT_CHARS = 6L << 20;

    private static final Cache<String, JsonNode> DECODED = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARS)
            .weigher((String payload, JsonNode tree) -> payload.length())
            // upkeep on the caller's thread: no pool thread of its own
            .executor(Runnable::run)
            .build();

    private StoredPayloads() {}

    /** The payload's tree, or empty when it is not JSON (the caller says what that means for its view). */
    public static Optional<JsonNode> decode(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        JsonNode cached = DECODED.getIfPresent(payload);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null) {
                return Optional.empty();
            }
            node = SHARED.share(node);
            DECODED.put(payload, node);
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
