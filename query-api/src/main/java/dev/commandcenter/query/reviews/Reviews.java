package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.databind.JsonNode;
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

    public static Reviews of(JsonNode reviews) {
        List<JsonNode> ordered = new ArrayList<>();
        reviews.forEach(ordered::add);
        ordered.sort(Comparator.comparing((JsonNode r) -> r.path("submitted_at").asText())
                .thenComparing(r -> r.path("id").asLong()));
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (JsonNode review : ordered) {
            String state = review.path("state").asText();
            if (review.path("dismissed").asBoolean() || state.equals("PENDING")) {
                continue;
            }
            String who = review.path("user").isObject()
                    ? review.path("user").path("login").asText()
                    : "team:" + review.path("team").path("name").asText("?");
            latest.remove(who);
            latest.put(who, review);
        }
        List<String> approved = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        latest.forEach((who, review) -> {
            boolean official = review.path("official").asBoolean();
            switch (review.path("state").asText()) {
                case "APPROVED" -> {
                    if (official && !review.path("stale").asBoolean()) {
                        approved.add(who);
                    }
                }
                case "REQUEST_CHANGES" -> {
                    if (official) {
                        changes.add(who);
                    }
                }
                case "REQUEST_REVIEW" -> pending.add(who);
                default -> {
                    // COMMENT and unknown states count as having looked, nothing more.
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
