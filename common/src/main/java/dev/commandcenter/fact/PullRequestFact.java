package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.flag;
import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.maybeFlag;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.objects;
import static dev.commandcenter.fact.FactFields.text;
import static dev.commandcenter.fact.FactFields.textArray;
import static dev.commandcenter.fact.FactFields.texts;
import static dev.commandcenter.fact.FactFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * An open Gitea pull request as the collector stored it: Gitea's object from the open list, with its
 * reviews, its head's combined status, its changed files and the issues its body closes (under
 * {@code command_center}).
 *
 * @param mergeable     Gitea's answer, or null when it has not computed it
 * @param createdAt     null when absent or unreadable, as {@code updatedAt}
 * @param closes        issues the body closes, as {@code owner/repo#number}
 */
public record PullRequestFact(
        int number,
        String title,
        String author,
        String htmlUrl,
        boolean draft,
        Boolean mergeable,
        List<String> labels,
        Instant createdAt,
        Instant updatedAt,
        List<Review> reviews,
        CombinedStatus combinedStatus,
        List<ChangedFile> changedFiles,
        boolean changedFilesTruncated,
        long additions,
        long deletions,
        List<String> closes)
        implements Fact {

    public static final FactReader<PullRequestFact> READER = PullRequestFact::read;

    /**
     * One review as Gitea lists it. Either {@code user} (a login) or {@code team} (a team's name) is set.
     *
     * @param submittedAt as Gitea wrote it: reviews are ordered by this text, then by id
     */
    public record Review(
            long id,
            String submittedAt,
            GiteaReviewState state,
            String user,
            String team,
            boolean official,
            boolean stale,
            boolean dismissed) {}

    /** The combined status of the head commit: its state counts only when some status was reported. */
    public record CombinedStatus(long totalCount, CommitState state) {}

    /** A changed file; {@code previousName} is null unless the file was renamed. */
    public record ChangedFile(String name, String previousName) {}

    private static PullRequestFact read(JsonNode pr) {
        JsonNode extra = object(pr, "command_center");
        JsonNode combined = object(extra, "combined_status");
        return new PullRequestFact(
                (int) whole(pr, "number"),
                text(pr, "title", ""),
                text(object(pr, "user"), "login", ""),
                text(pr, "html_url", ""),
                flag(pr, "draft"),
                maybeFlag(pr, "mergeable"),
                texts(pr, "labels", "name"),
                instant(pr, "created_at"),
                instant(pr, "updated_at"),
                objects(extra, "reviews").stream().map(PullRequestFact::review).toList(),
                new CombinedStatus(whole(combined, "total_count"), CommitState.parse(text(combined, "state", ""))),
                objects(extra, "changed_files").stream()
                        .map(f -> new ChangedFile(text(f, "filename", ""), text(f, "previous_filename")))
                        .toList(),
                flag(extra, "changed_files_truncated"),
                whole(extra, "additions"),
                whole(extra, "deletions"),
                textArray(extra, "closes"));
    }

    private static Review review(JsonNode review) {
        JsonNode user = review.get("user");
        boolean byUser = user != null && user.isObject();
        return new Review(
                whole(review, "id"),
                text(review, "submitted_at", ""),
                GiteaReviewState.parse(text(review, "state", "")),
                byUser ? text(user, "login", "") : null,
                byUser ? null : text(object(review, "team"), "name", "?"),
                flag(review, "official"),
                flag(review, "stale"),
                flag(review, "dismissed"));
    }
}
