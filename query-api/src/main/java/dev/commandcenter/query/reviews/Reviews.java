package dev.commandcenter.query.reviews;

import dev.commandcenter.fact.GiteaReviewState;
import dev.commandcenter.fact.PullRequestFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' verdict from Gitea's review list: per reviewer (user, or {@code team:<name>}) the
 * latest entry that is neither dismissed nor an unsubmitted draft. A stale approval (made on an
 * older commit) no longer approves; a change request holds until it is dismissed or superseded.
 */
public record Reviews(
        ReviewState state, List<String> approvedBy, List<String> changesRequestedBy, List<String> pending) {

    public static Reviews of(List<PullRequestFact.Review> reviews) {
        List<PullRequestFact.Review> ordered = new ArrayList<>(reviews);
        ordered.sort(Comparator.comparing(PullRequestFact.Review::submittedAt)
                .thenComparingLong(PullRequestFact.Review::id));
        Map<String, PullRequestFact.Review> latest = new LinkedHashMap<>();
        for (PullRequestFact.Review review : ordered) {
            if (review.dismissed() || review.state() == GiteaReviewState.PENDING) {
                continue;
            }
            String who = review.user() != null ? review.user() : "team:" + review.team();
            latest.remove(who);
            latest.put(who, review);
        }
        List<String> approved = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        latest.forEach((who, review) -> {
            switch (review.state()) {
                case APPROVED -> {
                    if (review.official() && !review.stale()) {
                        approved.add(who);
                    }
                }
                case REQUEST_CHANGES -> {
                    if (review.official()) {
                        changes.add(who);
                    }
                }
                case REQUEST_REVIEW -> pending.add(who);
                case COMMENT, PENDING, OTHER -> {
                    // A comment, or a state this code does not know, counts as having looked, nothing more.
                }
            }
        });
        ReviewState state = !changes.isEmpty()
                ? ReviewState.CHANGES_REQUESTED
                : !pending.isEmpty()
                        ? ReviewState.REVIEW_REQUESTED
                        : !approved.isEmpty()
                                ? ReviewState.APPROVED
                                : !latest.isEmpty() ? ReviewState.COMMENTED : ReviewState.NONE;
        return new Reviews(state, approved, changes, pending);
    }
}
