package dev.commandcenter.fakegitea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.testing.FixtureFiles;

/** The Gitea fixture files (copies of the recorded and derived v1.26.4 shapes), from common's test jar. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static String text(String name) {
        return FixtureFiles.text("gitea/" + name);
    }

    public static JsonNode json(String name) {
        return FixtureFiles.json("gitea/" + name);
    }
}
