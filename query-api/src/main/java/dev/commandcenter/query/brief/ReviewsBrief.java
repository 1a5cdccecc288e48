package dev.commandcenter.query.brief;

import dev.commandcenter.observation.Ages;
import dev.commandcenter.query.reviews.Classification;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import dev.commandcenter.query.reviews.ReviewQueueView;
import dev.commandcenter.query.reviews.ReviewRow;
import dev.commandcenter.query.reviews.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Review pressure: PRs that need the operator's judgment and wait are amber, as are stale ones;
 * the summary gives the counts and the oldest wait. Nothing here is red: a PR waits, it does not break.
 */
@ApplicationScoped
public class ReviewsBrief implements BriefContributor {

    private final ReviewQueueProjection reviews;

    @Inject
    public ReviewsBrief(ReviewQueueProjection reviews) {
        this.reviews = reviews;
    }

    @Override
    public BriefArea area() {
        return BriefArea.REVIEWS;
    }

    @Override
    public BriefPart part(Instant at) {
        ReviewQueueView view = reviews.at(at, ReviewQueueQuery.ALL);
        PartBuilder part = new PartBuilder(BriefArea.REVIEWS, "/reviews");
        part.sources(List.of(view.source()));
        int judgment = 0;
        int ready = 0;
        Instant oldestJudgment = null;
        for (ReviewRow row : view.rows()) {
            // A review row's time is its repository's last read, not a change of the PR: no state age here.
            part.row(null, row.freshness());
            boolean needsJudgment = row.classification() == Classification.NEEDS_JUDGMENT;
            if (row.status() == ReviewStatus.READY_TO_MERGE) {
                ready++;
            }
            if (needsJudgment && row.status() != ReviewStatus.READY_TO_MERGE) {
                judgment++;
                oldestJudgment = oldestJudgment == null || row.createdAt().isBefore(oldestJudgment)
                        ? row.createdAt()
                        : oldestJudgment;
            }
            if ((needsJudgment && row.status() != ReviewStatus.READY_TO_MERGE) || row.status() == ReviewStatus.STALE) {
                part.add(
                        Health.AMBER,
                        row.repo() + "#" + row.number() + " " + row.status().wire()
                                + (needsJudgment ? ", needs judgment" : ""),
                        row.title(),
                        "/reviews#" + Anchors.of(row.subject()),
                        row.source(),
                        row.freshness(),
                        null);
            }
        }
        String summary = view.rows().size() + " open PRs: " + judgment + " need judgment"
                + (oldestJudgment == null
                        ? ""
                        : " (oldest " + Ages.describe(Duration.between(oldestJudgment, at)) + ")")
                + ", " + ready + " ready to merge";
        return part.build(SourcesBrief.isConfigured(view.source()), summary);
    }
}
