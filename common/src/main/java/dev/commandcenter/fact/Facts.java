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
 * a replay's payloads, each read once or twice, pass through without pushing the views' out. A fact is
 * kept under the payload's content hash, with the text's length and hash code to check it by: the cache
 * holds facts, not the texts they were read from, so a payload read from the database for one replay is
 * garbage as soon as that replay is done (an observation made without its true content hash, as a test
 * may, is only decoded again).
 */
public final class Facts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Characters of payload whose facts are kept: the present subjects of the simulated {@code fleet}
     * (3.9 M characters, Gitea's 3.75 M of them) and the versions a day of replays reads (~2,000 Gitea
     * changes a day, ~5 K characters each), with room to spare. Counted in the payloads' characters,
     * though what is held is their facts, a small part of that. Below this, replays of the last day
     * decode the same versions again and again: their facts are refused room by those the views at now
     * read every second.
     */
    static final long KEPT_CHARS = 16L << 20;

    private static final Cache<String, Decoded> DECODED = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARS)
            .weigher((String key, Decoded decoded) -> decoded.length())
            // upkeep on the caller's thread: no pool thread of its own
            .executor(Runnable::run)
            .build();

    private Facts() {}

    /**
     * Makes room for the facts of every present subject twice over ({@code presentChars}: the characters
     * of their payloads), never less than {@link #KEPT_CHARS}: the views at now read every present
     * subject at every renewal. A 500-agent fleet's present Gitea subjects alone hold 39 M characters;
     * with room for 16 M its views at now decoded most of them again every second.
     */
    public static void keepRoomFor(long presentChars) {
        long room = Math.max(KEPT_CHARS, 2 * presentChars);
        DECODED.policy().eviction().ifPresent(eviction -> {
            if (eviction.getMaximum() != room) {
                eviction.setMaximum(room);
            }
        });
    }

    /** How many characters of payload the kept facts stand for, at most. */
    static long room() {
        return DECODED.policy().eviction().orElseThrow().getMaximum();
    }

    /** The observation's payload read as a fact of the given kind. */
    public static <F extends Fact> F of(Observation observation, Class<F> kind, FactReader<F> reader) {
        String payload = observation.payload();
        if (payload == null) {
            throw new LogReadFailed("stored payload of " + observation.subject() + " is missing", null);
        }
        String key = observation.contentHash() == null ? payload : observation.contentHash();
        Decoded cached = DECODED.getIfPresent(key);
        if (cached != null && cached.isOf(payload) && kind.isInstance(cached.fact())) {
            return kind.cast(cached.fact());
        }
        JsonNode tree = tree(payload, observation.subject());
        F fact = reader.read(tree);
        DECODED.put(key, new Decoded(fact, payload.length(), payload.hashCode()));
        return fact;
    }

    /** A fact with what identifies the text it was read from, without that text. */
    private record Decoded(Fact fact, int length, int textHash) {
        boolean isOf(String payload) {
            return payload.length() == length && payload.hashCode() == textHash;
        }
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
