package dev.commandcenter.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How the canonical form was written before it was written straight from the tree. */
    private static final ObjectMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void theCanonicalFormIsTheSortedFormOfPlainJavaValues() throws Exception {
        for (String json : new String[] {
            "{\"z\":1,\"a\":{\"y\":[3,{\"c\":null,\"b\":true}],\"x\":\"\\u00e9t\\u00e9 \\\"quoted\\\"\\n\"}}",
            "{\"big\":123456789012345678901234567890,\"neg\":-42,\"long\":9007199254740993,\"f\":1.5,\"e\":1e3}",
            "[1,\"two\",{\"b\":[],\"a\":{}}]",
            "\"text\"",
            "null",
            "{\"emoji\":\"\\ud83d\\ude00\",\"ctl\":\"\\u0001\"}"
        }) {
            JsonNode tree = JSON.readTree(json);
            assertEquals(
                    SORTED.writeValueAsString(SORTED.treeToValue(tree, Object.class)),
                    ContentHash.canonicalJson(tree),
                    json);
        }
    }

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            all.append((char) c);
            assertCanonicalAsJackson(JSON.createObjectNode().put(one, one));
        }
        assertCanonicalAsJackson(JSON.createObjectNode().put("all", all.toString()));
        for (String surrogates : new String[] {
            "\ud83d\ude00",
            "\ude00\ud83d",
            "a\ud83d\ud83d\ude00b",
            "\ud83d",
            "x\ude00",
            "\ud83d\ude00\ude00",
            "\ud83d\\"
        }) {
            assertCanonicalAsJackson(JSON.createObjectNode().put(surrogates, surrogates));
        }
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            char[] text = new char[random.nextInt(40)];
            for (int j = 0; j < text.length; j++) {
                text[j] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80);
            }
            ObjectNode tree = JSON.createObjectNode();
            tree.put(new String(text), new String(text))
                    .putArray("list")
                    .add(new String(text))
                    .add(i)
                    .add(-i * 1_000_000_007L);
            assertCanonicalAsJackson(tree);
        }
    }

    /** The canonical bytes are Jackson's characters in UTF-8 (a lone surrogate becomes '?' in both). */
    private static void assertCanonicalAsJackson(JsonNode tree) throws Exception {
        assertEquals(
                HexFormat.of()
                        .formatHex(SORTED.writeValueAsString(SORTED.treeToValue(tree, Object.class))
                                .getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().formatHex(ContentHash.canonicalBytes(tree)));
    }

    @Test
    void theFingerprintSeesEveryCharacterOfLongText() throws Exception {
        String text = "x".repeat(37);
        Set<ContentHash.Fingerprint> seen = new HashSet<>();
        seen.add(ContentHash.fingerprint("K", JSON.createObjectNode().put("t", text)));
        for (int i = 0; i < text.length(); i++) {
            for (char c : new char[] {'y', 'X', '\u0178', (char) ('x' + 0x1000)}) {
                String changed = text.substring(0, i) + c + text.substring(i + 1);
                assertEquals(
                        true,
                        seen.add(ContentHash.fingerprint(
                                "K", JSON.createObjectNode().put("t", changed))),
                        changed);
            }
        }
        assertNotEquals(
                ContentHash.fingerprint("K", JSON.createObjectNode().put("t", "abcdefgh")),
                ContentHash.fingerprint("K", JSON.createObjectNode().put("t", "efghabcd")));
    }

    @Test
    void theFingerprintSeesEveryValueItsTypeAndTheKind() throws Exception {
        JsonNode a = JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":7,\"workers\":4},\"claim\":null}");
        JsonNode same = JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":7,\"workers\":4},\"claim\":null}");
        JsonNode swapped =
                JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":4,\"workers\":7},\"claim\":null}");
        JsonNode typed =
                JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":\"7\",\"workers\":4},\"claim\":null}");
        JsonNode moved = JSON.readTree("{\"state\":\"idle\",\"loop\":{\"iteration\":7},\"workers\":4,\"claim\":null}");
        JsonNode split = JSON.readTree("[\"ab\",\"c\"]");
        JsonNode joined = JSON.readTree("[\"a\",\"bc\"]");

        assertEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", same));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", swapped));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", typed));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("K", moved));
        assertNotEquals(ContentHash.fingerprint("K", split), ContentHash.fingerprint("K", joined));
        assertNotEquals(ContentHash.fingerprint("K", a), ContentHash.fingerprint("L", a));
    }

    @Test
    void aStoredHashInEitherFormMatchesItsContent() {
        ContentHash.Digest digest = ContentHash.digest("K", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(digest.sha256());

        assertEquals(22, digest.stored().length());
        assertEquals(true, digest.matches(digest.stored()));
        assertEquals(true, digest.matches(hex));
        assertEquals(false, digest.matches(hex.replace(hex.charAt(0), hex.charAt(0) == 'a' ? 'b' : 'a')));
    }
}
