package dev.commandcenter.collector.taskqueue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The Huey fixtures on the test classpath. */
final class HueyFixtures {

    static final String V2_UTC = "v2.6.0/utc";
    static final String V3_UTC = "v3.3.0/utc";
    static final String V3_NEW_YORK = "v3.3.0/new-york";

    private HueyFixtures() {
    }

    static Path dir(String scenario) {
        try {
            return Path.of(Objects.requireNonNull(HueyFixtures.class.getResource("/fixtures/huey/" + scenario),
                    scenario).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode scenario(String scenario) throws IOException {
        return new ObjectMapper().readTree(dir(scenario).resolve("scenario.json").toFile());
    }
}
