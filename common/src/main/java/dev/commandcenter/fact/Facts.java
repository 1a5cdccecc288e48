package dev.commandcenter.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.Observation;

/**
 * The one decoder of stored payloads into facts, with one error policy: the log holds only JSON this
 * application wrote, so a payload that is not a JSON object is a damaged log, and the view that needs
 * it answers with an error instead of a guess ({@link LogReadFailed}); a field that is absent or of
 * another type is the fact's documented default.
 *
 * <p>A payload read again and again (a subject's latest state, at every instant a view is judged) is
 * decoded once: its fact is kept, those read most often first (Caffeine's admission by frequency), so
 * a replay's payloads, each read once or twice, pass through without pushing the views' out. The
 * tree is dropped as soon as the fact is read: what stays is the payload text (the key) and the
 * fields the views need.
 */
public final class Facts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Characters of payload whose facts are kept: the present subjects of the simulated {@code fleet}
     * (3.9 M characters, Gitea's 3.75 M of them) and the versions a day of replays reads (~2,000 Gitea
     * changes a day, ~5 K characters each), with room to spare. The key is the payload's text; the fact
     * weighs a small part of it. Below this, replays of the last day decode the same versions again and
     * again: their facts are refused room by those the views at now read every second.
     */
    static final long KEPT_CHARS = 16L << 20;

    private static final Cache<String, Fact> DECODED = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARS)
            .weigher((String payload, Fact fact) -> payload.length())
            // upkeep on the caller's thread: no pool thread of its own
            .executor(Runnable::run)
            .build();

    private Facts() {}

    /** The observation's payload read as a fact of the given kind. */
    public static <F extends Fact> F of(Observation observation, Class<F> kind, FactReader<F> reader) {
        String payload = observation.payload();
        if (payload == null) {
            throw new LogReadFailed("stored payload of " + observation.subject() + " is missing", null);
        }
        Fact cached = DECODED.getIfPresent(payload);
        if (kind.isInstance(cached)) {
            return kind.cast(cached);
        }
        JsonNode tree = tree(payload, observation.subject());
        F fact = reader.read(tree);
        DECODED.put(payload, fact);
        return fact;
    }

    private static JsonNode tree(String payload, String subject) {
        try {
            JsonNode tree = JSON.readTree(payload);
            if (tree == null || !tree.isObject()) {
                throw new LogReadFailed("stored payload of " + subject + " is not a JSON object", null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new LogReadFailed("stored payload of " + subject + " is not JSON", e);
        }
    }
}
