package dev.commandcenter.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Real Gitea answers (the collector's recorded fixtures) used as the shape of every simulated
 * object, so that simulated payloads carry every field, and the bulk, that Gitea returns.
 */
final class Templates {

    static final ObjectMapper JSON = new ObjectMapper();

    final ObjectNode pull = first("pulls.list.open.json");
    final ObjectNode issue = first("issues.list.open.type-issues.json");
    final ObjectNode review = first("pull.reviews.42.json");
    final ObjectNode combinedStatus = (ObjectNode) read("commit.status.combined.json");
    final ObjectNode label = (ObjectNode) pull.path("labels").get(0);

    private static ObjectNode first(String name) {
        return (ObjectNode) read(name).get(0);
    }

    private static JsonNode read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("/fixtures/gitea/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture fixtures/gitea/" + name + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
