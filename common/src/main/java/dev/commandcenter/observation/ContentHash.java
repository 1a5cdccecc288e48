package dev.commandcenter.observation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 over a subject's kind and canonical payload. Canonical means object keys sorted, so
 * a source that reorders fields between polls does not look like a change. A cheaper {@link #fingerprint}
 * tells whether a subject's payload tree changed at all since the last poll, before any of this is computed.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentHash() {
    }

    /** The content hash of a subject's kind and payload, in the form stored with observations (see {@link Digest}). */
    public static String of(String kind, JsonNode payload) {
        return digest(kind, canonicalBytes(payload)).stored();
    }

    /** SHA-256 over the kind, a zero byte and the canonical payload (UTF-8). */
    public static Digest digest(String kind, byte[] canonicalPayload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(kind.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(canonicalPayload);
            return new Digest(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A content hash. Observations appended since the log's V4 migration store its first 128 bits in base64url
     * (22 characters: {@link #stored()}); older rows hold all 256 bits in hex (64 characters). Either tells one
     * content from another: 128 bits make a collision between two payloads of a subject unthinkable (2^-128).
     */
    public record Digest(byte[] sha256) {

        private static final int STORED_BYTES = 16;
        private static final int OLD_HEX_LENGTH = 64;

        public String stored() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256, STORED_BYTES));
        }

        /** Whether a stored content hash, in either form, is this one. */
        public boolean matches(String stored) {
            return stored.length() == OLD_HEX_LENGTH ? HexFormat.of().formatHex(sha256).equals(stored)
                    : stored().equals(stored);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Digest d && Arrays.equals(sha256, d.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }

        @Override
        public String toString() {
            return stored();
        }
    }

    public static String canonicalJson(JsonNode payload) {
        return new String(canonicalBytes(payload), StandardCharsets.UTF_8);
    }

    /**
     * The canonical form as UTF-8. Trees of objects, arrays, text, integers, booleans and nulls (every
     * source's payload) are written straight from the tree with sorted keys; any other node (floating point,
     * binary, POJO) takes the general path through plain Java values, whose output this form equals.
     */
    public static byte[] canonicalBytes(JsonNode payload) {
        try {
            // Written as characters, then encoded: a byte generator would escape characters outside the BMP.
            if (plain(payload)) {
                StringWriter out = new StringWriter(1024);
                try (JsonGenerator generator = CANONICAL.getFactory().createGenerator(out)) {
                    write(generator, payload);
                }
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            Object plain = CANONICAL.treeToValue(payload, Object.class);
            return CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be serialised: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, ARRAY -> {
                for (JsonNode child : node) {
                    if (!plain(child)) {
                        yield false;
                    }
                }
                yield true;
            }
            case STRING, BOOLEAN, NULL -> true;
            case NUMBER -> node.isIntegralNumber();
            case BINARY, POJO, MISSING -> false;
        };
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                if (!sorted(names)) {
                    Collections.sort(names);
                }
                for (String name : names) {
                    generator.writeFieldName(name);
                    write(generator, node.get(name));
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode child : node) {
                    write(generator, child);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                if (node.canConvertToLong()) {
                    generator.writeNumber(node.longValue());
                } else {
                    generator.writeNumber(node.bigIntegerValue());
                }
            }
            case BINARY, POJO, MISSING -> throw new IllegalStateException("not a plain node: " + node.getNodeType());
        }
    }

    private static boolean sorted(List<String> names) {
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i - 1).compareTo(names.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A 128-bit fingerprint of a subject's kind and payload tree, computed by walking the tree without
     * writing it (several times cheaper than the canonical form and its SHA-256). Key order does not
     * matter, as in the canonical form. Equal fingerprints for the same subject mean "unchanged": two
     * different payloads share one with odds of about 2^-128 per comparison; the stored content hash is
     * still the SHA-256 of the canonical form.
     */
    public static Fingerprint fingerprint(String kind, JsonNode payload) {
        Lanes kindLanes = new Lanes();
        text(kind, kindLanes);
        Lanes lanes = new Lanes();
        walk(payload, lanes);
        return new Fingerprint(mix(kindLanes.a * 31 + lanes.a), mix(kindLanes.b * 37 + lanes.b));
    }

    /** Two independent 64-bit lanes over a payload tree. */
    public record Fingerprint(long high, long low) {
    }

    /** The two lanes of one node, filled in by {@link #walk} and {@link #text}. */
    private static final class Lanes {
        long a;
        long b;
    }

    private static final long A = 0x9E3779B97F4A7C15L;
    private static final long B = 0xC2B2AE3D27D4EB4FL;

    private static void walk(JsonNode node, Lanes out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                // Order-free: each field mixes its name and value, and the fields are summed.
                long a = 0x51AFD7ED558CCD00L;
                long b = 0x2545F4914F6CDD1DL;
                Lanes name = new Lanes();
                Lanes value = new Lanes();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    text(field.getKey(), name);
                    walk(field.getValue(), value);
                    a += mix(name.a * 31 + value.a);
                    b += mix(name.b * 37 + value.b ^ B);
                }
                out.a = mix(a ^ 0x10);
                out.b = mix(b ^ 0x11);
            }
            case ARRAY -> {
                long a = 0xA0761D6478BD642FL;
                long b = 0xE7037ED1A0B428DBL;
                Lanes child = new Lanes();
                for (JsonNode element : node) {
                    walk(element, child);
                    a = mix((a ^ child.a) * A);
                    b = mix((b + child.b) * B);
                }
                out.a = a;
                out.b = b;
            }
            case STRING -> {
                text(node.textValue(), out);
                out.a ^= 0x1;
            }
            case NUMBER -> {
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    out.a = mix(node.longValue() ^ 0x2);
                    out.b = mix(node.longValue() * B ^ 0x2);
                } else {
                    text(node.asText(), out);
                    out.a ^= node.isIntegralNumber() ? 0x3 : 0x4;
                }
            }
            case BOOLEAN -> {
                out.a = mix(node.booleanValue() ? 0x5 : 0x6);
                out.b = ~out.a;
            }
            case NULL -> {
                out.a = mix(0x7);
                out.b = ~out.a;
            }
            case BINARY, POJO, MISSING -> {
                text(node.toString(), out);
                out.a ^= 0x8;
            }
        }
    }

    private static void text(String text, Lanes out) {
        long a = A;
        long b = B;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            a = (a ^ c) * A;
            b = (b + c) * B;
        }
        out.a = mix(a ^ text.length());
        out.b = mix(b + text.length());
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
