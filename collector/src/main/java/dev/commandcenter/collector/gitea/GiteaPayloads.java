package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Builds the stored payloads: Gitea's object as returned, plus what the command center adds under
 * one {@code command_center} field. Pure.
 */
final class GiteaPayloads {

    static final String EXTRA = "command_center";

    private GiteaPayloads() {}

    /**
     * A pull request from the open list, with its reviews, the combined status of its head and its
     * changed files. The nested {@code base.repo}/{@code head.repo} objects are cut to id, full
     * name and URL: they change with every push to the repository and are kept once, as the
     * repository subject.
     */
    static ObjectNode pull(
            ObjectNode listed, List<ObjectNode> reviews, ObjectNode combinedStatus, Pages.Paged files, String repo) {
        ObjectNode pr = listed.deepCopy();
        trimRepo(pr.path("base"));
        trimRepo(pr.path("head"));
        ObjectNode extra = pr.putObject(EXTRA);
        extra.putArray("reviews").addAll(reviews);
        ObjectNode status = extra.putObject("combined_status");
        status.set("state", combinedStatus.get("state"));
        status.set("sha", combinedStatus.get("sha"));
        status.set("total_count", combinedStatus.get("total_count"));
        status.set("statuses", combinedStatus.get("statuses"));
        ArrayNode changed = extra.putArray("changed_files");
        long additions = 0;
        long deletions = 0;
        for (ObjectNode file : files.items()) {
            ObjectNode kept = changed.addObject();
            kept.set("filename", file.get("filename"));
            if (file.hasNonNull("previous_filename")) {
                kept.set("previous_filename", file.get("previous_filename"));
            }
            kept.set("status", file.get("status"));
            additions += file.path("additions").asLong();
            deletions += file.path("deletions").asLong();
        }
        extra.put("changed_files_truncated", files.truncated());
        extra.put("additions", additions);
        extra.put("deletions", deletions);
        ArrayNode closes = extra.putArray("closes");
        GiteaParser.closingRefs(listed.path("body").asText(null), repo).forEach(closes::add);
        return pr;
    }

    /** An issue from the issue list, with the pull requests its timeline links to it. */
    static ObjectNode issue(ObjectNode listed, ArrayNode linkedPulls) {
        ObjectNode issue = listed.deepCopy();
        issue.putObject(EXTRA).set("linked_pulls", linkedPulls);
        return issue;
    }

    /** The command center's own record of reading one repository. */
    static ObjectNode repository(String base, String repo, GiteaReadError failure, Instant lastReadAt) {
        ObjectNode node = GiteaParser.mapper().createObjectNode();
        node.put("full_name", repo);
        node.put("html_url", base + "/" + repo);
        ObjectNode read = node.putObject(EXTRA).putObject("read");
        if (failure == null) {
            read.put("state", "read");
        } else {
            read.put("state", "unread");
            read.put("outcome", failure.outcome().wire());
            read.put("error", failure.getMessage());
            read.put("last_read_at", lastReadAt == null ? null : lastReadAt.toString());
        }
        return node;
    }

    private static void trimRepo(JsonNode ref) {
        if (ref instanceof ObjectNode side && side.path("repo").isObject()) {
            JsonNode repo = side.path("repo");
            ObjectNode small = side.putObject("repo");
            small.set("id", repo.get("id"));
            small.set("full_name", repo.get("full_name"));
            small.set("html_url", repo.get("html_url"));
        }
    }
}
