package dev.commandcenter.query.reviews;

import dev.commandcenter.fact.PullRequestFact;
import dev.commandcenter.query.gitea.GiteaSubjects;
import dev.commandcenter.query.gitea.RepositoryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns one stored pull request into its review-queue row at an instant. Pure (what it remembers is only faster). */
public final class ReviewRules {

    private static final Pattern WIP = Pattern.compile("(?i)^\\s*(wip:|\\[wip])");

    private final ReviewPolicy policy;
    private final SensitivePaths sensitivePaths;

    public ReviewRules(ReviewPolicy policy) {
        this.policy = policy;
        this.sensitivePaths = new SensitivePaths(policy.sensitivePaths());
    }

    public ReviewRow row(String subject, PullRequestFact pr, RepositoryStatus repo, Instant at) {
        Reviews reviews = Reviews.of(pr.reviews());
        CiState ci = ci(pr.combinedStatus());
        List<String> labels = pr.labels();
        boolean draft = pr.draft() || WIP.matcher(pr.title()).find();
        Boolean mergeable = pr.mergeable();

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

        List<String> sensitive = sensitivePaths.of(pr);
        long changedLines = pr.additions() + pr.deletions();
        List<JudgmentReason> reasons = new ArrayList<>();
        if (!sensitive.isEmpty()) {
            reasons.add(JudgmentReason.SENSITIVE_SURFACE);
        }
        if (changedLines > policy.largeDiffLines() || pr.changedFilesTruncated()) {
            reasons.add(JudgmentReason.LARGE_DIFF);
        }
        if (labels.stream().anyMatch(l -> Globs.anyMatches(policy.policyLabels(), l))) {
            reasons.add(JudgmentReason.POLICY_LABEL);
        }
        Classification classification = reasons.isEmpty() ? Classification.ROUTINE : Classification.NEEDS_JUDGMENT;

        Instant created = pr.createdAt();
        Instant updated = pr.updatedAt();
        ReviewStatus status = status(blockers, updated, at, classification, reviews, ci, mergeable);
        return new ReviewRow(
                GiteaSubjects.SOURCE,
                subject,
                repo.repo(),
                pr.number(),
                pr.title(),
                pr.author(),
                pr.htmlUrl(),
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

    static CiState ci(PullRequestFact.CombinedStatus combined) {
        if (combined.totalCount() == 0) {
            return CiState.NONE;
        }
        return switch (combined.state()) {
            case SUCCESS -> CiState.SUCCESS;
            case FAILURE, ERROR, WARNING -> CiState.FAILURE;
            case PENDING, UNKNOWN -> CiState.PENDING;
        };
    }
}
