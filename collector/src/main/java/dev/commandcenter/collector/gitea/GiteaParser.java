package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.ReadOutcome;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gitea answers to JSON and derived facts. Pure: text in, values out, no I/O. */
final class GiteaParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\"");
    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");
    /** Gitea's default close keywords: close(s/d), fix(es/ed), resolve(s/d); then #N or owner/repo#N. */
    private static final Pattern CLOSES = Pattern.compile(
            "(?i)(?<![\\w/])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\\s+([\\w.-]+/[\\w.-]+)?#(\\d+)\\b");

    private GiteaParser() {}

    /** The JSON of a 2xx answer; any other answer becomes a typed error naming the request. */
    static JsonNode json(GiteaResponse response) throws GiteaReadError {
        String where = "GET " + response.path();
        if (response.status() < 200 || response.status() > 299) {
            String message = errorMessage(response.body());
            throw new GiteaReadError(
                    GiteaReadError.outcomeOf(response.status()),
                    response.status(),
                    where + ": HTTP " + response.status() + (message.isEmpty() ? "" : " " + message));
        }
        String body = response.body().stripLeading();
        if (body.startsWith("<")
                || response.contentType().toLowerCase(Locale.ROOT).contains("html")) {
            throw new GiteaReadError(ReadOutcome.MALFORMED, response.status(), where + ": HTML instead of JSON");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new GiteaReadError(ReadOutcome.MALFORMED, response.status(), where + ": empty answer");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new GiteaReadError(
                    ReadOutcome.MALFORMED,
                    response.status(),
                    where + ": invalid or truncated JSON at line "
                            + e.getLocation().getLineNr());
        }
    }

    static ObjectNode object(GiteaResponse response) throws GiteaReadError {
        JsonNode node = json(response);
        if (!node.isObject()) {
            throw new GiteaReadError(
                    ReadOutcome.MALFORMED,
                    response.status(),
                    "GET " + response.path() + ": expected an object, got " + node.getNodeType());
        }
        return (ObjectNode) node;
    }

    /** A list answer; Gitea's {@code null} list is an empty one. */
    static List<ObjectNode> array(GiteaResponse response) throws GiteaReadError {
        JsonNode node = json(response);
        List<ObjectNode> items = new ArrayList<>();
        if (node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            throw new GiteaReadError(
                    ReadOutcome.MALFORMED,
                    response.status(),
                    "GET " + response.path() + ": expected a list, got " + node.getNodeType());
        }
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new GiteaReadError(
                        ReadOutcome.MALFORMED,
                        response.status(),
                        "GET " + response.path() + ": list item is " + item.getNodeType());
            }
            items.add((ObjectNode) item);
        }
        return items;
    }

    /** The page number of {@code rel="next"} in a Link header, if there is a next page. */
    static Optional<Integer> nextPage(String linkHeader) {
        Matcher next = NEXT.matcher(linkHeader);
        if (!next.find()) {
            return Optional.empty();
        }
        Matcher page = PAGE.matcher(next.group(1));
        return page.find() ? Optional.of(Integer.parseInt(page.group(1))) : Optional.empty();
    }

    /** Issues a PR body says it closes, as {@code owner/repo#N}; {@code #N} means the PR's own repository. */
    static List<String> closingRefs(String body, String ownRepo) {
        Set<String> refs = new LinkedHashSet<>();
        if (body == null) {
            return List.of();
        }
        Matcher m = CLOSES.matcher(body);
        while (m.find()) {
            refs.add((m.group(1) == null ? ownRepo : m.group(1)) + "#" + m.group(2));
        }
        return List.copyOf(refs);
    }

    /** Pull requests that reference an issue on its timeline ({@code pull_ref} entries), with the action. */
    static ArrayNode linkedPulls(List<ObjectNode> timeline, String ownRepo) {
        ArrayNode linked = JSON.createArrayNode();
        for (ObjectNode entry : timeline) {
            JsonNode ref = entry.path("ref_issue");
            if (!"pull_ref".equals(entry.path("type").asText())
                    || !ref.isObject()
                    || !ref.path("pull_request").isObject()) {
                continue;
            }
            String repo = ref.path("repository").path("full_name").asText(ownRepo);
            linked.addObject()
                    .put("pull", repo + "#" + ref.path("number").asInt())
                    .put("action", entry.path("ref_action").asText("none"))
                    .put("state", ref.path("state").asText());
        }
        return linked;
    }

    /** Gitea timestamps carry the server's offset. */
    static Optional<Instant> instant(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(node.asText()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The {@code message} of a Gitea error body, or empty when the body is not one. */
    static String errorMessage(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            String message = node == null ? "" : node.path("message").asText("");
            return message.isBlank() ? "" : "(" + message + ")";
        } catch (JsonProcessingException e) {
            return body != null && body.stripLeading().startsWith("<") ? "(HTML error page)" : "";
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
