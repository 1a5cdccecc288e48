package dev.commandcenter.observation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 over a subject's kind and canonical payload. Canonical means object keys sorted, so
 * a source that reorders fields between polls does not look like a change. A cheaper {@link #fingerprint}
 * tells whether a subject's payload tree changed at all since the last poll, before any of this is computed.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentHash() {}

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
            return stored.length() == OLD_HEX_LENGTH
                    ? HexFormat.of().formatHex(sha256).equals(stored)
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
     * source's payload) are written straight from the tree with sorted keys ({@link CanonicalJson}); any other
     * node (floating point, binary, POJO) takes the general path through plain Java values, whose output this
     * form equals.
     */
    public static byte[] canonicalBytes(JsonNode payload) {
        if (CanonicalJson.plain(payload)) {
            return CanonicalJson.of(payload);
        }
        try {
            Object plain = CANONICAL.treeToValue(payload, Object.class);
            return CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be serialised: " + e.getMessage(), e);
        }
    }

    /**
     * A 128-bit fingerprint of a subject's kind and payload tree, computed by walking the tree without writing it
     * (several times cheaper than the canonical form and its SHA-256; see {@link TreeFingerprint}). Equal
     * fingerprints for the same subject mean "unchanged": two different payloads share one with odds far below
     * those of a hardware fault. Key order counts here, unlike in the canonical form: a source that reorders
     * fields costs one canonical form and SHA-256, and the content hash still finds nothing changed. The
     * fingerprint lives in memory only; nothing stored depends on how it is computed.
     */
    public static Fingerprint fingerprint(String kind, JsonNode payload) {
        return TreeFingerprint.of(kind, payload);
    }

    /** Two 64-bit lanes over a payload tree. */
    public record Fingerprint(long high, long low) {}
}
