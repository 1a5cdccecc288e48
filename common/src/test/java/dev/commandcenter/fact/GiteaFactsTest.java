package dev.commandcenter.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gitea's recorded answers, stored as the collector stores them, read as the views read them. */
class GiteaFactsTest {

    @Test
    void aPullRequestReadsGiteasFieldsAndWhatTheCollectorAddedToThem() {
        ObjectNode stored =
                FixtureFiles.json("gitea/pulls.list.open.json").get(0).deepCopy();
        ObjectNode extra = stored.putObject("command_center");
        extra.set("reviews", FixtureFiles.json("gitea/pull.reviews.42.json"));
        extra.putObject("combined_status").put("state", "failure").put("total_count", 2);
        extra.putArray("changed_files")
                .addObject()
                .put("filename", "src/auth/Client.java")
                .put("previous_filename", "src/Client.java");
        extra.put("changed_files_truncated", true).put("additions", 120).put("deletions", 14);
        extra.putArray("closes").add("acme/tools#41");

        PullRequestFact pr = PullRequestFact.READER.read(stored);

        assertEquals(42, pr.number());
        assertEquals("Add token refresh to auth client", pr.title());
        assertEquals("alice", pr.author());
        assertFalse(pr.draft());
        assertEquals(Boolean.TRUE, pr.mergeable());
        assertEquals(List.of("area/security", "priority/high"), pr.labels());
        assertEquals(Instant.parse("2026-06-28T09:00:00Z"), pr.createdAt());
        assertEquals(Instant.parse("2026-06-30T11:00:00Z"), pr.updatedAt());
        assertEquals(new PullRequestFact.CombinedStatus(2, CommitState.FAILURE), pr.combinedStatus());
        assertEquals(
                List.of(new PullRequestFact.ChangedFile("src/auth/Client.java", "src/Client.java")), pr.changedFiles());
        assertTrue(pr.changedFilesTruncated());
        assertEquals(134, pr.additions() + pr.deletions());
        assertEquals(List.of("acme/tools#41"), pr.closes());

        assertEquals(6, pr.reviews().size());
        PullRequestFact.Review first = pr.reviews().get(0);
        assertEquals(
                new PullRequestFact.Review(
                        301, "2026-06-28T12:00:00Z", GiteaReviewState.REQUEST_CHANGES, "dave", null, true, true, false),
                first);
        PullRequestFact.Review team = pr.reviews().get(5);
        assertNull(team.user(), "a team's review request has no user");
        assertEquals("maintainers", team.team());
        assertEquals(GiteaReviewState.REQUEST_REVIEW, team.state());
    }

    @Test
    void aPullRequestTheCollectorAddedNothingToHasNoReviewsNoStatusAndNoFiles() {
        JsonNode listed = FixtureFiles.json("gitea/pulls.list.open.json").get(1);

        PullRequestFact pr = PullRequestFact.READER.read(listed);

        assertEquals(43, pr.number());
        assertTrue(pr.draft());
        assertEquals(Boolean.FALSE, pr.mergeable());
        assertEquals(List.of(), pr.reviews());
        assertEquals(new PullRequestFact.CombinedStatus(0, CommitState.UNKNOWN), pr.combinedStatus());
        assertEquals(List.of(), pr.changedFiles());
        assertEquals(List.of(), pr.closes());
    }

    @Test
    void anIssueReadsItsAssigneesLabelsAndTheReferencesOfItsTimeline() {
        ObjectNode stored = FixtureFiles.json("gitea/issues.list.open.type-issues.json")
                .get(0)
                .deepCopy();
        var linked = stored.putObject("command_center").putArray("linked_pulls");
        linked.addObject().put("pull", "acme/tools#42").put("action", "closes");
        linked.addObject().put("pull", "acme/tools#44").put("action", "neutered");
        linked.addObject().put("pull", "acme/tools#45").put("action", "something-new");

        IssueFact issue = IssueFact.READER.read(stored);

        assertEquals(41, issue.number());
        assertFalse(issue.closed(), "Gitea lists it as open");
        assertEquals("Tokens expire mid-session", issue.title());
        assertEquals(List.of("alice"), issue.assignees());
        assertEquals(List.of("kind/bug", "area/security"), issue.labels());
        assertEquals(Instant.parse("2026-06-30T08:00:00Z"), issue.updatedAt());
        assertEquals(
                List.of(
                        new IssueFact.PullReference("acme/tools#42", IssueFact.RefAction.CLOSES),
                        new IssueFact.PullReference("acme/tools#44", IssueFact.RefAction.NEUTERED),
                        new IssueFact.PullReference("acme/tools#45", IssueFact.RefAction.NONE)),
                issue.linkedPulls(),
                "an action this code does not know is a mere reference, never a closing one");
    }

    @Test
    void anIssueGiteaSaysIsClosedReadsAsClosed() {
        ObjectNode stored = FixtureFiles.json("gitea/issues.list.open.type-issues.json")
                .get(0)
                .deepCopy();
        stored.put("state", "closed");

        assertTrue(IssueFact.READER.read(stored).closed());
    }

    @Test
    void aRepositoryTheLastReadMissedSaysWhyAndWhenItWasLastRead() {
        ObjectNode stored = FixtureFiles.json("gitea/orgs.repos.json").get(0).deepCopy();
        stored.putObject("command_center")
                .putObject("read")
                .put("state", "unread")
                .put("error", "HTTP 500")
                .put("last_read_at", "2026-06-30T11:00:00Z");

        RepositoryFact repo = RepositoryFact.READER.read(stored);

        assertTrue(repo.unread());
        assertEquals("HTTP 500", repo.readError());
        assertEquals(Instant.parse("2026-06-30T11:00:00Z"), repo.lastReadAt());
        assertEquals(stored.get("html_url").asText(), repo.htmlUrl());
        assertFalse(RepositoryFact.READER
                .read(FixtureFiles.json("gitea/orgs.repos.json").get(0))
                .unread());
    }

    @Test
    void aPayloadIsDecodedOnceAndADamagedOneIsAnErrorNotAnEmptyFact() {
        String payload = FixtureFiles.json("gitea/pulls.list.open.json").get(0).toString();
        PullRequestFact first =
                Facts.of(stored("gitea:pr:acme/tools#42", payload), PullRequestFact.class, PullRequestFact.READER);
        PullRequestFact again = Facts.of(
                stored("gitea:pr:acme/tools#42", new String(payload)), PullRequestFact.class, PullRequestFact.READER);
        assertSame(first, again, "the same text read again is the fact already decoded");

        LogReadFailed html = assertThrows(
                LogReadFailed.class,
                () -> Facts.of(
                        stored("gitea:pr:acme/tools#9", "<html>"), PullRequestFact.class, PullRequestFact.READER));
        assertTrue(html.getMessage().contains("gitea:pr:acme/tools#9"), html.getMessage());
        assertThrows(
                LogReadFailed.class,
                () -> Facts.of(stored("gitea:pr:acme/tools#9", "[1]"), PullRequestFact.class, PullRequestFact.READER));
    }

    private static Observation stored(String subject, String payload) {
        Instant at = Instant.parse("2026-06-30T12:00:00Z");
        return new Observation(1, 1, "gitea", subject, at, null, "PullRequest", "h", payload, false);
    }
}
