package dev.commandcenter.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StoredPayloadsTest {

    private static final String REPO = "{\"id\":7,\"full_name\":\"ops/fleet\",\"private\":false,\"owner\":"
            + "{\"id\":1,\"login\":\"ops\",\"full_name\":\"Ops\"}}";

    @Test
    void equalRepositoriesOfTwoPullRequestsAreHeldOnceAndReadTheSame() throws Exception {
        String first = "{\"number\":1,\"title\":\"a\",\"base\":{\"ref\":\"main\",\"sha\":\"1\",\"repo\":" + REPO + "}}";
        String second =
                "{\"number\":2,\"title\":\"b\",\"base\":{\"ref\":\"main\",\"sha\":\"2\",\"repo\":" + REPO + "}}";

        JsonNode one = StoredPayloads.decode(first).orElseThrow();
        JsonNode two = StoredPayloads.decode(second).orElseThrow();

        assertSame(one.at("/base/repo"), two.at("/base/repo"));
        assertNotSame(one.get("base"), two.get("base"));
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(first), one);
        assertEquals(json.readTree(second), two);
        assertEquals("ops", two.at("/base/repo/owner/login").asText());
    }

    @Test
    void numbersOfDifferentTypesAreNotTakenForEachOther() throws Exception {
        String ints = "{\"a\":{\"x\":1,\"y\":2,\"z\":3}}";
        String floats = "{\"b\":{\"x\":1.0,\"y\":2.0,\"z\":3.0}}";

        JsonNode one = StoredPayloads.decode(ints).orElseThrow();
        JsonNode two = StoredPayloads.decode(floats).orElseThrow();

        assertTrue(one.at("/a/x").isIntegralNumber());
        assertTrue(two.at("/b/x").isFloatingPointNumber());
        assertEquals("1.0", two.at("/b/x").asText());
    }
}
