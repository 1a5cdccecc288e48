package dev.commandcenter.collector.taskqueue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.nio.file.Path;

/** The Huey fixtures on the test classpath. */
final class HueyFixtures {

    static final String V2_UTC = "v2.6.0/utc";
    static final String V3_UTC = "v3.3.0/utc";
    static final String V3_NEW_YORK = "v3.3.0/new-york";

    private HueyFixtures() {}

    static Path dir(String scenario) {
        return FixtureFiles.path("huey/" + scenario);
    }

    static JsonNode scenario(String scenario) throws IOException {
        return FixtureFiles.json(dir(scenario).resolve("scenario.json"));
    }
}
