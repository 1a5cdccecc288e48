package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the last successful read of one repository found, so the next read asks only for what
 * changed: reviews when a pull request was updated, files when its head moved, issues updated
 * since the newest one seen.
 *
 * @param pulls            open pull requests by number
 * @param issues           open issues by number, with their stored payloads
 * @param issuesWatermark  the newest {@code updated_at} among issues seen (server clock); null before the first read
 * @param issuesListedAt   when the open issues were last listed in full (collector clock)
 * @param lastReadAt       when this repository was last read completely (collector clock)
 */
record RepoMemory(
        Map<Integer, Pull> pulls,
        Map<Integer, Issue> issues,
        Instant issuesWatermark,
        Instant issuesListedAt,
        Instant lastReadAt) {

    static final RepoMemory NONE = new RepoMemory(Map.of(), Map.of(), null, null, null);

    record Pull(String updatedAt, String headSha, List<ObjectNode> reviews, Pages.Paged files) {}

    record Issue(String updatedAt, ObjectNode payload) {}
}
