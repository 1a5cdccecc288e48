package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one repository: its open pull requests (with reviews, combined status and changed files)
 * and its open issues (with the pull requests their timelines link). Asks only what may have
 * changed since {@link RepoMemory}; the subjects it reports are always complete.
 */
final class RepoReader {

    /** Issues are asked again from a little before the newest one seen, in case of late commits. */
    private static final Duration SINCE_MARGIN = Duration.ofSeconds(60);
    /** Deleted or transferred issues never show up as updated: the open list is read in full this often. */
    private static final Duration FULL_LISTING_EVERY = Duration.ofHours(1);

    private final GiteaClient client;
    private final int limit;
    private final int maxFiles;

    RepoReader(GiteaClient client, int limit, int maxFiles) {
        this.client = client;
        this.limit = limit;
        this.maxFiles = maxFiles;
    }

    /** Reads the repository, adds its subjects to {@code out} and returns what to remember. */
    RepoMemory read(RepoTarget target, RepoMemory before, Instant now, List<SubjectSeen> out) throws GiteaReadError {
        Map<Integer, RepoMemory.Pull> pulls = target.pulls() ? readPulls(target.fullName(), before, out) : Map.of();
        RepoMemory withIssues = target.issues() ? readIssues(target.fullName(), before, now) : RepoMemory.NONE;
        for (Map.Entry<Integer, RepoMemory.Issue> issue : withIssues.issues().entrySet()) {
            ObjectNode payload = issue.getValue().payload();
            out.add(new SubjectSeen(
                    SubjectKey.GITEA_ISSUE.of(target.fullName(), issue.getKey()),
                    "IssueSeen",
                    GiteaParser.instant(payload.get("updated_at")).orElse(null),
                    payload));
        }
        return new RepoMemory(
                pulls, withIssues.issues(), withIssues.issuesWatermark(), withIssues.issuesListedAt(), now);
    }

    private Map<Integer, RepoMemory.Pull> readPulls(String repo, RepoMemory before, List<SubjectSeen> out)
            throws GiteaReadError {
        String base = "/repos/" + repo;
        Pages.Paged open = Pages.all(client, base + "/pulls", Map.of("state", "open", "sort", "recentupdate"), limit);
        Map<Integer, RepoMemory.Pull> now = new HashMap<>();
        for (ObjectNode listed : open.items()) {
            int number = listed.path("number").asInt();
            String updatedAt = listed.path("updated_at").asText();
            String sha = listed.path("head").path("sha").asText();
            RepoMemory.Pull known = before.pulls().get(number);
            List<ObjectNode> reviews = known != null && known.updatedAt().equals(updatedAt)
                    ? known.reviews()
                    : Pages.all(client, base + "/pulls/" + number + "/reviews", Map.of(), limit)
                            .items();
            Pages.Paged files = known != null && known.headSha().equals(sha)
                    ? known.files()
                    : Pages.all(client, base + "/pulls/" + number + "/files", Map.of(), limit, maxFiles);
            // Statuses change without touching the pull request, so the head's status is asked every time.
            ObjectNode status = GiteaParser.object(
                    client.get(base + "/commits/" + sha + "/status", Map.of("limit", Integer.toString(limit))));
            now.put(number, new RepoMemory.Pull(updatedAt, sha, reviews, files));
            ObjectNode payload = GiteaPayloads.pull(listed, reviews, status, files, repo);
            out.add(new SubjectSeen(
                    SubjectKey.GITEA_PR.of(repo, number),
                    "PullRequestSeen",
                    GiteaParser.instant(listed.get("updated_at")).orElse(null),
                    payload));
        }
        return now;
    }

    private RepoMemory readIssues(String repo, RepoMemory before, Instant now) throws GiteaReadError {
        String path = "/repos/" + repo + "/issues";
        boolean incremental = before.issuesWatermark() != null
                && before.issuesListedAt() != null
                && before.issuesListedAt().plus(FULL_LISTING_EVERY).isAfter(now);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("type", "issues");
        query.put("state", incremental ? "all" : "open");
        if (incremental) {
            query.put("since", before.issuesWatermark().minus(SINCE_MARGIN).toString());
        }
        Map<Integer, RepoMemory.Issue> issues = new HashMap<>(incremental ? before.issues() : Map.of());
        Instant watermark = incremental ? before.issuesWatermark() : null;
        for (ObjectNode listed : Pages.all(client, path, query, limit).items()) {
            if (listed.hasNonNull("pull_request")) {
                continue;
            }
            int number = listed.path("number").asInt();
            Instant updated = GiteaParser.instant(listed.get("updated_at")).orElse(null);
            if (updated != null && (watermark == null || updated.isAfter(watermark))) {
                watermark = updated;
            }
            if (!"open".equals(listed.path("state").asText())) {
                issues.remove(number);
                continue;
            }
            String updatedAt = listed.path("updated_at").asText();
            RepoMemory.Issue known = before.issues().get(number);
            issues.put(
                    number,
                    known != null && known.updatedAt().equals(updatedAt)
                            ? known
                            : new RepoMemory.Issue(updatedAt, GiteaPayloads.issue(listed, timeline(repo, number))));
        }
        // With no issue seen yet there is no watermark: the (empty) open list is read in full until one appears.
        return new RepoMemory(Map.of(), issues, watermark, incremental ? before.issuesListedAt() : now, null);
    }

    private ArrayNode timeline(String repo, int number) throws GiteaReadError {
        List<ObjectNode> entries = Pages.all(
                        client, "/repos/" + repo + "/issues/" + number + "/timeline", Map.of(), limit)
                .items();
        return GiteaParser.linkedPulls(entries, repo);
    }
}
