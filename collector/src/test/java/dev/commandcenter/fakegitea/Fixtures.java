package dev.commandcenter.fakegitea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The Gitea fixture files (copies of the recorded and derived v1.26.4 shapes), from the classpath. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static String text(String name) {
        return FixtureFiles.text("gitea/" + name);
    }

    public static JsonNode json(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
