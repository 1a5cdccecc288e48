package dev.commandcenter.ui.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the LocalAPI's {@code /localapi/v0/whois} answer: the node, its tags and the user's login. */
public final class WhoisParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WhoisParser() {}

    public static WhoisAnswer parse(int status, String body) {
        if (status == 404) {
            return new WhoisAnswer.NotInTailnet(firstLine(body));
        }
        if (status != 200) {
            return new WhoisAnswer.Unreachable("LocalAPI answered HTTP " + status + ": " + firstLine(body));
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode node = root.path("Node");
            if (node.isMissingNode() || !node.isObject()) {
                return new WhoisAnswer.Unreachable("LocalAPI answer has no Node");
            }
            List<String> tags = new ArrayList<>();
            node.path("Tags").forEach(t -> tags.add(t.asText()));
            String login =
                    tags.isEmpty() ? root.path("UserProfile").path("LoginName").asText("") : "";
            return new WhoisAnswer.Known(node.path("Name").asText("?"), login, List.copyOf(tags));
        } catch (IOException e) {
            return new WhoisAnswer.Unreachable("LocalAPI answer is not JSON");
        }
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) : line;
    }
}
