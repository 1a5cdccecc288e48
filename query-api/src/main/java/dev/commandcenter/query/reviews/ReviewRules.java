package dev.commandcenter.query.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.query.gitea.GiteaSubjects;
import dev.commandcenter.query.gitea.RepositoryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns one stored pull request into its review-queue row at an instant. Pure. */
public final class ReviewRules {

    private static final Pattern WIP = Pattern.compile("(?i)^\\s*(wip:|\\[wip])");

    private final ReviewPolicy policy;

    public ReviewRules(ReviewPolicy policy) {
        this.policy = policy;
    }

    public ReviewRow row(String subject, JsonNode pr, RepositoryStatus repo, Instant at) {
        JsonNode extra = pr.path("command_center");
        Reviews reviews = Reviews.of(extra.path("reviews"));
        CiState ci = ci(extra.path("combined_status"));
        List<String> labels = new ArrayList<>();
        pr.path("labels").forEach(l -> labels.add(l.path("name").asText()));
        boolean draft = pr.path("draft").asBoolean()
                || WIP.matcher(pr.path("title").asText()).find();
        Boolean mergeable =
                pr.path("mergeable").isBoolean() ? pr.path("mergeable").asBoolean() : null;

        List<Blocker> blockers = new ArrayList<>();
        if (draft) {
            blockers.add(Blocker.DRAFT);
        } else if (Boolean.FALSE.equals(mergeable)) {
            blockers.add(Blocker.NOT_MERGEABLE);
        }
        if (ci == CiState.FAILURE) {
            blockers.add(Blocker.FAILING_CHECKS);
        }
        if (reviews.state() == ReviewState.CHANGES_REQUESTED) {
            blockers.add(Blocker.CHANGES_REQUESTED);
        }
        if (labels.stream().anyMatch(l -> Globs.anyMatches(policy.blockedLabels(), l))) {
            blockers.add(Blocker.BLOCKED_LABEL);
        }

        List<String> sensitive = new ArrayList<>();
        extra.path("changed_files").forEach(f -> {
            for (String path : List.of(
                    f.path("filename").asText(), f.path("previous_filename").asText(""))) {
                if (!path.isEmpty() && Globs.anyMatches(policy.sensitivePaths(), path) && !sensitive.contains(path)) {
                    sensitive.add(path);
                }
            }
        });
        long changedLines =
                extra.path("additions").asLong() + extra.path("deletions").asLong();
        List<JudgmentReason> reasons = new ArrayList<>();
        if (!sensitive.isEmpty()) {
            reasons.add(JudgmentReason.SENSITIVE_SURFACE);
        }
        if (changedLines > policy.largeDiffLines()
                || extra.path("changed_files_truncated").asBoolean()) {
            reasons.add(JudgmentReason.LARGE_DIFF);
        }
        if (labels.stream().anyMatch(l -> Globs.anyMatches(policy.policyLabels(), l))) {
            reasons.add(JudgmentReason.POLICY_LABEL);
        }
        Classification classification = reasons.isEmpty() ? Classification.ROUTINE : Classification.NEEDS_JUDGMENT;

        Instant created = instant(pr.path("created_at"));
        Instant updated = instant(pr.path("updated_at"));
        ReviewStatus status = status(blockers, updated, at, classification, reviews, ci, mergeable);
        return new ReviewRow(
                GiteaSubjects.SOURCE,
                subject,
                repo.repo(),
                pr.path("number").asInt(),
                pr.path("title").asText(),
                pr.path("user").path("login").asText(),
                pr.path("html_url").asText(),
                created,
                created == null ? 0 : Math.max(0, Duration.between(created, at).toSeconds()),
                updated,
                draft,
                mergeable,
                labels,
                reviews.state(),
                reviews.approvedBy(),
                reviews.changesRequestedBy(),
                reviews.pending(),
                ci,
                blockers,
                !sensitive.isEmpty(),
                sensitive,
                changedLines,
                classification,
                reasons,
                status,
                repo.observedAt(),
                repo.freshness(),
                repo.reason(),
                false);
    }

    private ReviewStatus status(
            List<Blocker> blockers,
            Instant updated,
            Instant at,
            Classification classification,
            Reviews reviews,
            CiState ci,
            Boolean mergeable) {
        if (!blockers.isEmpty()) {
            return ReviewStatus.BLOCKED;
        }
        if (updated != null && Duration.between(updated, at).compareTo(policy.idleAfter()) > 0) {
            return ReviewStatus.STALE;
        }
        if (classification == Classification.NEEDS_JUDGMENT) {
            return ReviewStatus.RISKY;
        }
        if (reviews.state() == ReviewState.APPROVED
                && (ci == CiState.SUCCESS || ci == CiState.NONE)
                && Boolean.TRUE.equals(mergeable)) {
            return ReviewStatus.READY_TO_MERGE;
        }
        return ReviewStatus.WAITING;
    }

    static CiState ci(JsonNode combined) {
        if (combined.path("total_count").asInt() == 0) {
            return CiState.NONE;
        }
        return switch (combined.path("state").asText()) {
            case "success" -> CiState.SUCCESS;
            case "failure", "error", "warning" -> CiState.FAILURE;
            default -> CiState.PENDING;
        };
    }

    static Instant instant(JsonNode node) {
        try {
            return node.isTextual() ? OffsetDateTime.parse(node.asText()).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
