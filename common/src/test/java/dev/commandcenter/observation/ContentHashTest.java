package dev.commandcenter.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How the canonical form was written before it was written straight from the tree. */
    private static final ObjectMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Test
    void theCanonicalFormIsTheSortedFormOfPlainJavaValues() throws Exception {
        for (String json : new String[] {
                "{\"z\":1,\"a\":{\"y\":[3,{\"c\":null,\"b\":true}],\"x\":\"\\u00e9t\\u00e9 \\\"quoted\\\"\\n\"}}",
                "{\"big\":123456789012345678901234567890,\"neg\":-42,\"long\":9007199254740993,\"f\":1.5,\"e\":1e3}",
                "[1,\"two\",{\"b\":[],\"a\":{}}]", "\"text\"", "null", "{\"emoji\":\"\\ud83d\\ude00\",\"ctl\":\"\\u0001\"}"}) {
            JsonNode tree = JSON.readTree(json);
            assertEquals(SORTED.writeValueAsString(SORTED.treeToValue(tree, Object.class)), ContentHash.canonicalJson(tree), json);
        }
    }

    @Test
    void theFingerprintIgnoresKeyOrderAndSeesEveryValue() throws Exception {
        JsonNode a = JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":7,\"workers\":4},\"claim\":null}");
        JsonNode reordered = JSON.readTree("{\"claim\":null,\"loop\":{\"workers\":4,\"iteration\":7},\"state\":\"idle\"}");
        JsonNode swapped = JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":4,\"workers\":7},\"claim\":null}");
        JsonNode typed = JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":\"7\",\"workers\":4},\"claim\":null}");

        assertEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", reordered));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", swapped));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", typed));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("L", a));
    }

    @Test
    void aStoredHashInEitherFormMatchesItsContent() {
        ContentHash.Digest digest = ContentHash.digest("K", "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(digest.sha256());

        assertEquals(22, digest.stored().length());
        assertEquals(true, digest.matches(digest.stored()));
        assertEquals(true, digest.matches(hex));
        assertEquals(false, digest.matches(hex.replace(hex.charAt(0), hex.charAt(0) == 'a' ? 'b' : 'a')));
    }
}
