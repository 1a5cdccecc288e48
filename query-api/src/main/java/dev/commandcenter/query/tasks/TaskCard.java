package dev.commandcenter.query.tasks;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;
import java.util.List;

/**
 * One open issue on the task board.
 *
 * @param subject         the log's key, {@code gitea:issue:<owner>/<repo>#<n>}
 * @param lane            the lane the rules chose
 * @param signals         the explicit signals behind the lane, in words
 * @param ambiguous       signals that disagree, in words; empty when they agree
 * @param linkedPulls     open pull requests that close this issue (closing keyword or timeline {@code closes})
 * @param mentionedBy     open pull requests that only mention it: they do not move the lane
 * @param claimedBy       agents whose latest heartbeat claims this issue and is fresh
 * @param observedAt      when this data was last confirmed by a read of its repository
 * @param freshness       the worst of its repository's freshness and that of every claim seen on it
 */
public record TaskCard(
        String source,
        String subject,
        String repo,
        int number,
        String title,
        String htmlUrl,
        Lane lane,
        List<String> assignees,
        List<String> labels,
        List<LinkedPull> linkedPulls,
        List<LinkedPull> mentionedBy,
        List<String> claimedBy,
        List<String> signals,
        List<String> ambiguous,
        Instant lastActivity,
        Instant observedAt,
        Freshness freshness,
        String freshnessReason) {}
