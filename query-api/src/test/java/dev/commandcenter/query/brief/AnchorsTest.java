package dev.commandcenter.query.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void plainNamesAndSubjectKeysStayReadable() {
        assertEquals("worker", Anchors.of("worker"));
        assertEquals("default", Anchors.of("default"));
        assertEquals("gitea:pr:acme/tools~2342", Anchors.of("gitea:pr:acme/tools#42"));
        assertEquals("ops.bot", Anchors.of("ops.bot"));
        assertEquals("kimi@gpu-box.lan", Anchors.of("kimi@gpu-box.lan"));
    }

    @Test
    void namesThatDifferGetIdsThatDifferWithoutSpacesAndInAscii() {
        List<String> names = List.of(
                "ops.bot",
                "ops@bot",
                "ops-bot",
                "ops bot",
                "ops~bot",
                "ops~20bot",
                "Zoë",
                "Zoé",
                "東京-worker",
                "review#9",
                "review~239");
        Set<String> ids = new HashSet<>();
        for (String name : names) {
            String id = Anchors.of(name);
            assertTrue(id.chars().allMatch(c -> c > ' ' && c < 0x7F), id);
            ids.add(id);
        }
        assertEquals(names.size(), ids.size(), "one id per name: " + ids);
        assertEquals("night~20owl", Anchors.of("night owl"));
        assertEquals("Zo~C3~AB", Anchors.of("Zoë"));
    }
}
