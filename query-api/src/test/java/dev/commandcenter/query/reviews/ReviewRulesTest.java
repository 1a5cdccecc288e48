package dev.commandcenter.query.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.fact.PullRequestFact;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.query.gitea.RepositoryStatus;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant AT = Instant.parse("2026-06-30T12:00:00Z");
    static final ReviewRules RULES = new ReviewRules(ReviewPolicy.of(
            List.of("deploy/**", ".gitea/workflows/**", "**/*auth*/**", "**/migrations/**"),
            List.of("area/security"),
            List.of("blocked"),
            500,
            Duration.ofHours(72)));
    static final RepositoryStatus LIVE = new RepositoryStatus("acme/tools", null, Freshness.LIVE, null, AT);

    /** PR #42 of the fixtures as the collector stores it, with the given changed files and CI state. */
    static PullRequestFact pull(String ci, String... files) throws Exception {
        return PullRequestFact.READER.read(storedPull(ci, files));
    }

    static ObjectNode storedPull(String ci, String... files) throws Exception {
        ObjectNode pr = FixtureFiles.json("gitea/pulls.list.open.json").get(0).deepCopy();
        ObjectNode extra = pr.putObject("command_center");
        extra.set("reviews", FixtureFiles.json("gitea/pull.reviews.42.json"));
        extra.putObject("combined_status").put("state", ci).put("total_count", 1);
        ArrayNode changed = extra.putArray("changed_files");
        for (String f : files) {
            changed.addObject().put("filename", f).put("status", "changed");
        }
        extra.put("additions", 120).put("deletions", 14);
        return pr;
    }

    @Test
    void readsEachReviewersLatestCurrentVerdict() throws Exception {
        Reviews reviews = reviews(FixtureFiles.json("gitea/pull.reviews.42.json"));
        assertEquals(ReviewState.REVIEW_REQUESTED, reviews.state());
        assertEquals(
                List.of("dave"), reviews.approvedBy(), "dave's stale change request was superseded by his approval");
        assertEquals(List.of(), reviews.changesRequestedBy());
        assertEquals(
                List.of("bob", "team:maintainers"), reviews.pending(), "erin's dismissed approval counts for nothing");
    }

    @Test
    void aStaleApprovalNoLongerApproves() {
        ArrayNode reviews = JSON.createArrayNode();
        reviews.addObject()
                .put("state", "APPROVED")
                .put("official", true)
                .put("stale", true)
                .put("submitted_at", "2026-06-28T12:00:00Z")
                .putObject("user")
                .put("login", "dave");
        Reviews verdict = reviews(reviews);
        assertEquals(ReviewState.COMMENTED, verdict.state());
        assertTrue(verdict.approvedBy().isEmpty());
    }

    @Test
    void flagsSensitivePathsWithTheGlobsThatMatched() throws Exception {
        ReviewRow row = RULES.row(
                "gitea:pr:acme/tools#42",
                pull("success", "src/main/java/com/acme/auth/TokenClient.java", "docs/auth.md", "migrations/V3__x.sql"),
                LIVE,
                AT);
        assertEquals(
                List.of("src/main/java/com/acme/auth/TokenClient.java", "migrations/V3__x.sql"), row.sensitivePaths());
        assertEquals(List.of(JudgmentReason.SENSITIVE_SURFACE, JudgmentReason.POLICY_LABEL), row.judgmentReasons());
        assertEquals(ReviewStatus.RISKY, row.status());
    }

    @Test
    void failingChecksBlockAndBlockersWinOverStaleness() throws Exception {
        ReviewRow row =
                RULES.row("gitea:pr:acme/tools#42", pull("failure", "README.md"), LIVE, AT.plus(Duration.ofDays(10)));
        assertEquals(List.of(Blocker.FAILING_CHECKS), row.blockers());
        assertEquals(ReviewStatus.BLOCKED, row.status());
        assertEquals(Duration.ofDays(12).plusHours(3).toSeconds(), row.ageSeconds());
    }

    @Test
    void theSamePullRequestTurnsStaleWhenViewedLater() throws Exception {
        ObjectNode quiet = storedPull("success", "README.md");
        quiet.putArray("labels");
        assertEquals(
                ReviewStatus.WAITING,
                RULES.row("gitea:pr:acme/tools#42", PullRequestFact.READER.read(quiet), LIVE, AT)
                        .status());
        assertEquals(
                ReviewStatus.STALE,
                RULES.row(
                                "gitea:pr:acme/tools#42",
                                PullRequestFact.READER.read(quiet),
                                LIVE,
                                AT.plus(Duration.ofDays(4)))
                        .status());
    }

    /** Gitea's review list read as the views read it: through the stored pull request's fact. */
    static Reviews reviews(JsonNode list) {
        ObjectNode pr = JSON.createObjectNode();
        pr.putObject("command_center").set("reviews", list);
        return Reviews.of(PullRequestFact.READER.read(pr).reviews());
    }

    @Test
    void globsSpanDirectoriesOnlyWithTwoStars() {
        assertTrue(Globs.compile("deploy/**").matcher("deploy/prod/run.sh").matches());
        assertFalse(Globs.compile("deploy/*").matcher("deploy/prod/run.sh").matches());
        assertTrue(
                Globs.compile("**/migrations/**").matcher("migrations/V1.sql").matches());
        assertFalse(Globs.compile("**/*.pem").matcher("src/pem.txt").matches());
    }
}
