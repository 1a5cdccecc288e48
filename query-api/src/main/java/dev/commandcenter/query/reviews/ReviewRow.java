package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.query.gitea.RepositoryFreshness;
import java.time.Instant;
import java.util.List;

/**
 * One open pull request in the review queue.
 *
 * @param source            always {@code gitea}
 * @param subject           the log's subject key, {@code gitea:pr:<owner>/<repo>#<n>}
 * @param ageSeconds        time since the pull request was opened, at the view's instant
 * @param lastActivity      Gitea's {@code updated_at}
 * @param approvedBy        reviewers whose latest review is a current, official approval
 * @param changesRequestedBy reviewers whose latest official review requests changes
 * @param pendingReviewers  users and teams ({@code team:<name>}) asked to review who have not answered
 * @param sensitivePaths    changed paths that matched the sensitive-surface globs
 * @param observedAt        when this data was last confirmed by a read of its repository
 * @param freshness         the repository's freshness (see {@link RepositoryFreshness})
 * @param freshnessReason   why not live; null when live
 * @param flapping          whether its status changed more often than the flapping rule allows in the window before the view's instant
 */
public record ReviewRow(
        String source,
        String subject,
        String repo,
        int number,
        String title,
        String author,
        String htmlUrl,
        Instant createdAt,
        long ageSeconds,
        Instant lastActivity,
        boolean draft,
        Boolean mergeable,
        List<String> labels,
        ReviewState reviewState,
        List<String> approvedBy,
        List<String> changesRequestedBy,
        List<String> pendingReviewers,
        CiState ciState,
        List<Blocker> blockers,
        boolean sensitive,
        List<String> sensitivePaths,
        long changedLines,
        Classification classification,
        List<JudgmentReason> judgmentReasons,
        ReviewStatus status,
        Instant observedAt,
        Freshness freshness,
        String freshnessReason,
        boolean flapping) {

    /** The same row, marked flapping or not. */
    public ReviewRow withFlapping(boolean flapping) {
        return new ReviewRow(
                source,
                subject,
                repo,
                number,
                title,
                author,
                htmlUrl,
                createdAt,
                ageSeconds,
                lastActivity,
                draft,
                mergeable,
                labels,
                reviewState,
                approvedBy,
                changesRequestedBy,
                pendingReviewers,
                ciState,
                blockers,
                sensitive,
                sensitivePaths,
                changedLines,
                classification,
                judgmentReasons,
                status,
                observedAt,
                freshness,
                freshnessReason,
                flapping);
    }
}
