package dev.commandcenter.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Computes {@link ContentHash#fingerprint}: the tree is walked once, in document order, as a stream of 64-bit
 * words (a tag for each node, with its size or length; text four characters to a word) folded into two lanes.
 * Each step is a bijection of a lane for a fixed word and injective in the word for a fixed lane, so trees that
 * differ in one word always differ; the tags and lengths make the stream say which tree it came from.
 */
final class TreeFingerprint {

    private static final long A = 0x9E3779B97F4A7C15L;
    private static final long B = 0xC2B2AE3D27D4EB4FL;

    private static final long OBJECT = 1L << 56;
    private static final long ARRAY = 2L << 56;
    private static final long STRING = 3L << 56;
    private static final long INTEGER = 4L << 56;
    private static final long OTHER_NUMBER = 5L << 56;
    private static final long BIG_INTEGER = 11L << 56;
    private static final long TRUE = 6L << 56;
    private static final long FALSE = 7L << 56;
    private static final long NULL = 8L << 56;
    private static final long OTHER = 9L << 56;
    private static final long KIND = 10L << 56;

    /** One walker per thread, its text buffer reused: a poll fingerprints every subject it read. */
    private static final ThreadLocal<TreeFingerprint> WALKERS = ThreadLocal.withInitial(TreeFingerprint::new);

    private static final int KEPT_CHARS = 1 << 16;

    private long a;
    private long b;
    private char[] chars = new char[1024];

    static ContentHash.Fingerprint of(String kind, JsonNode payload) {
        TreeFingerprint walker = WALKERS.get();
        walker.a = A;
        walker.b = B;
        if (walker.chars.length > KEPT_CHARS) {
            walker.chars = new char[1024];
        }
        walker.text(KIND, kind);
        walker.walk(payload);
        return new ContentHash.Fingerprint(mix(walker.a), mix(walker.b));
    }

    private void walk(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                step(OBJECT | node.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    text(STRING, field.getKey());
                    walk(field.getValue());
                }
            }
            case ARRAY -> {
                step(ARRAY | node.size());
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i));
                }
            }
            case STRING -> text(STRING, node.textValue());
            case NUMBER -> {
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    step(INTEGER);
                    step(node.longValue());
                } else {
                    text(node.isIntegralNumber() ? BIG_INTEGER : OTHER_NUMBER, node.asText());
                }
            }
            case BOOLEAN -> step(node.booleanValue() ? TRUE : FALSE);
            case NULL -> step(NULL);
            case BINARY, POJO, MISSING -> text(OTHER, node.toString());
        }
    }

    private void text(long tag, String text) {
        int length = text.length();
        step(tag | length);
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        char[] c = chars;
        text.getChars(0, length, c, 0);
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            step(c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48);
        }
        if (i < length) {
            long word = 0;
            for (int shift = 0; i < length; i++, shift += 16) {
                word |= (long) c[i] << shift;
            }
            step(word);
        }
    }

    private void step(long word) {
        long x = (a ^ word) * A;
        a = x ^ x >>> 29;
        b = Long.rotateLeft(b + word, 23) * B;
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
