package dev.commandcenter.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.testing.FixtureFiles;

/**
 * Real Gitea answers (the recorded fixtures both sides share) used as the shape of every simulated
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
        return FixtureFiles.json("gitea/" + name);
    }
}
