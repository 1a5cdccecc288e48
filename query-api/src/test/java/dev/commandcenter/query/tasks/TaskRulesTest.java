package dev.commandcenter.query.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.fact.IssueFact;
import dev.commandcenter.fact.PullRequestFact;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.gitea.GiteaSubjects;
import dev.commandcenter.query.gitea.RepositoryStatus;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LaneRules PER_AGENT = new LaneRules(Map.of(
            Lane.ASSIGNED, List.of("assigned-<agent>"),
            Lane.IN_PROGRESS, List.of("in-progress", "<agent>-in-progress"),
            Lane.BLOCKED, List.of("blocked"),
            Lane.IN_REVIEW, List.of("in-review", "<agent>-ready", "<agent>-done")));
    static final RepositoryStatus LIVE =
            new RepositoryStatus("acme/tools", null, Freshness.LIVE, null, Instant.parse("2026-06-30T12:00:00Z"));

    /** Issue #41 of the fixtures with the given labels and assignees. */
    static ObjectNode issue(List<String> labels, List<String> assignees) {
        ObjectNode issue = (ObjectNode)
                FixtureFiles.json("gitea/issues.list.open.type-issues.json").get(0);
        ArrayNode l = issue.putArray("labels");
        labels.forEach(name -> l.addObject().put("name", name));
        ArrayNode a = issue.putArray("assignees");
        assignees.forEach(login -> a.addObject().put("login", login));
        return issue;
    }

    @Test
    void perAgentLabelsNameTheAgent() {
        assertEquals(
                new LaneRules.LabelSignal(Lane.IN_PROGRESS, "scout-in-progress", "scout"),
                PER_AGENT.match("scout-in-progress").orElseThrow());
        assertEquals(
                Lane.ASSIGNED, PER_AGENT.match("assigned-builder").orElseThrow().lane());
        assertEquals(
                Lane.IN_REVIEW, PER_AGENT.match("builder-done").orElseThrow().lane());
        assertEquals(Optional.empty(), PER_AGENT.match("kind/bug"));
    }

    @Test
    void aLabelNamingAnotherAgentThanTheAssigneeIsAmbiguous() throws Exception {
        TaskCard card = new TaskRules(PER_AGENT, Map.of())
                .card(
                        "gitea:issue:acme/tools#41",
                        fact(issue(List.of("scout-in-progress"), List.of("builder"))),
                        List.of(),
                        List.of(),
                        List.of(),
                        LIVE);
        assertEquals(Lane.IN_PROGRESS, card.lane());
        assertEquals(
                List.of("label scout-in-progress names scout but the issue is assigned to builder"), card.ambiguous());
    }

    @Test
    void anAgentsClaimMatchesItsGiteaLoginThroughTheMapping() throws Exception {
        ObjectNode assignedToScout = issue(List.of(), List.of("scout"));
        TaskCard mapped = new TaskRules(PER_AGENT, Map.of("scout-agent", "scout"))
                .card(
                        "gitea:issue:acme/tools#41",
                        fact(assignedToScout),
                        List.of(),
                        List.of(),
                        List.of(live("scout-agent")),
                        LIVE);
        assertEquals(Lane.IN_PROGRESS, mapped.lane());
        assertEquals(List.of(), mapped.ambiguous());

        TaskCard unmapped = new TaskRules(PER_AGENT, Map.of())
                .card(
                        "gitea:issue:acme/tools#41",
                        fact(assignedToScout),
                        List.of(),
                        List.of(),
                        List.of(live("scout-agent")),
                        LIVE);
        assertEquals(List.of("claimed by scout-agent but assigned to scout"), unmapped.ambiguous());
    }

    @Test
    void anIssueWithNoSignalIsUnassignedAndAnOpenPullRequestPutsItInReview() throws Exception {
        TaskRules rules = new TaskRules(PER_AGENT, Map.of());
        assertEquals(
                Lane.UNASSIGNED,
                rules.card(
                                "gitea:issue:acme/tools#41",
                                fact(issue(List.of(), List.of())),
                                List.of(),
                                List.of(),
                                List.of(),
                                LIVE)
                        .lane());
        TaskCard review = rules.card(
                "gitea:issue:acme/tools#41",
                fact(issue(List.of("in-progress"), List.of("alice"))),
                List.of(new LinkedPull("gitea:pr:acme/tools#42", "acme/tools", 42, "Add token refresh", "u", false)),
                List.of(),
                List.of(),
                LIVE);
        assertEquals(Lane.IN_REVIEW, review.lane());
        assertEquals(
                List.of("label in-progress", "open pull request acme/tools#42", "assigned to alice"), review.signals());
    }

    @Test
    void aPullRequestThatOnlyMentionsAnIssueIsListedButDoesNotPutItInReview() throws Exception {
        ObjectNode issue = issue(List.of(), List.of("alice"));
        ObjectNode pr = pull(42);
        GiteaSubjects mentioned = subjects(issue, pr, "none");

        TaskCard card = card(mentioned);

        assertEquals(Lane.ASSIGNED, card.lane(), "\"Refs #41\" is not a link");
        assertEquals(List.of(), card.linkedPulls());
        assertEquals(
                List.of(42), card.mentionedBy().stream().map(LinkedPull::number).toList());
        assertTrue(
                card.signals().contains("mentioned by pull request acme/tools#42 (no closing keyword: not linked)"),
                card.signals().toString());

        TaskCard closing = card(subjects(issue, pr, "closes"));
        assertEquals(Lane.IN_REVIEW, closing.lane());
        assertEquals(List.of(), closing.mentionedBy());

        pr.putObject("command_center").putArray("closes").add("acme/tools#41");
        assertEquals(Lane.IN_REVIEW, card(subjects(issue, pr, "none")).lane(), "the PR body's closing keyword links");
    }

    @Test
    void aClaimFromAStaleHeartbeatDoesNotCountAndMakesTheCardStale() throws Exception {
        Instant at = Instant.parse("2026-07-20T09:40:00Z");
        SourceStatus heartbeats = new SourceStatus("heartbeats", "heartbeats", Freshness.LIVE, null, at, null, 180L);
        List<Observation> beats = List.of(
                heartbeat("kimi-worker-2", at.minusSeconds(25 * 60), at.minusSeconds(20)),
                heartbeat("claude-reviewer", at.minusSeconds(40), at.minusSeconds(20)));
        Map<String, List<AgentClaim>> claims = AgentClaims.byIssue(beats, heartbeats, at);

        TaskCard card = new TaskRules(PER_AGENT, Map.of())
                .card(
                        "gitea:issue:acme/tools#41",
                        fact(issue(List.of(), List.of("claude-reviewer"))),
                        List.of(),
                        List.of(),
                        claims.get("gitea:issue:acme/tools#41"),
                        LIVE);

        assertEquals(List.of("claude-reviewer"), card.claimedBy());
        assertEquals(Freshness.STALE, card.freshness());
        assertEquals("claim by kimi-worker-2: its heartbeat is 25m old, older than 10m", card.freshnessReason());

        SourceStatus down = new SourceStatus(
                "heartbeats",
                "heartbeats",
                Freshness.UNKNOWN,
                "last read failed: timeout",
                at.minusSeconds(3600),
                null,
                180L);
        TaskCard blind = new TaskRules(PER_AGENT, Map.of())
                .card(
                        "gitea:issue:acme/tools#41",
                        fact(issue(List.of(), List.of())),
                        List.of(),
                        List.of(),
                        AgentClaims.byIssue(beats, down, at).get("gitea:issue:acme/tools#41"),
                        LIVE);
        assertEquals(Lane.UNASSIGNED, blind.lane(), "claims from a source that is not live move nothing");
        assertEquals(Freshness.UNKNOWN, blind.freshness());
    }

    @Test
    void aClaimOnAnIssueAssignedToNobodyIsAmbiguousAsTheAgentViewCallsItWrongWork() throws Exception {
        TaskCard card = new TaskRules(PER_AGENT, Map.of())
                .card(
                        "gitea:issue:acme/tools#41",
                        fact(issue(List.of(), List.of())),
                        List.of(),
                        List.of(),
                        List.of(live("kimi-worker-2")),
                        LIVE);

        assertEquals(Lane.IN_PROGRESS, card.lane());
        assertEquals(List.of("claimed by kimi-worker-2 but assigned to nobody in Gitea"), card.ambiguous());
    }

    private static AgentClaim live(String agent) {
        return new AgentClaim(agent, Instant.parse("2026-06-30T12:00:00Z"), Freshness.LIVE, null);
    }

    private static Observation heartbeat(String agent, Instant written, Instant observed) {
        String payload = "{\"agent\":\"" + agent + "\",\"claim\":\"acme/tools#41\",\"heartbeat\":{\"written_at\":\""
                + written + "\",\"state\":\"working\",\"claim\":\"acme/tools#41\"},\"error\":null,"
                + "\"settings\":{\"declared\":true,\"heartbeat_max_age_seconds\":600}}";
        return new Observation(
                1, 1, "heartbeats", "agent:" + agent, observed, null, "HeartbeatRead", "h", payload, false);
    }

    /** The issue read as the views read it. */
    private static IssueFact fact(ObjectNode issue) {
        return IssueFact.READER.read(issue);
    }

    private static ObjectNode pull(int number) {
        for (var pr : FixtureFiles.json("gitea/pulls.list.open.json")) {
            if (pr.path("number").asInt() == number) {
                ObjectNode copy = ((ObjectNode) pr).deepCopy();
                copy.putObject("command_center").putArray("closes");
                return copy;
            }
        }
        throw new AssertionError("no pull request " + number + " in the fixture");
    }

    private static GiteaSubjects subjects(ObjectNode issue, ObjectNode pr, String refAction) {
        ObjectNode withTimeline = issue.deepCopy();
        withTimeline
                .putObject("command_center")
                .putArray("linked_pulls")
                .addObject()
                .put("pull", "acme/tools#" + pr.path("number").asInt())
                .put("action", refAction)
                .put("state", "open");
        return new GiteaSubjects(
                Map.of("gitea:pr:acme/tools#" + pr.path("number").asInt(), PullRequestFact.READER.read(pr)),
                Map.of("gitea:issue:acme/tools#41", fact(withTimeline)),
                Map.of());
    }

    private static TaskCard card(GiteaSubjects subjects) {
        IssueLinks links = IssueLinks.of(subjects);
        String subject = "gitea:issue:acme/tools#41";
        return new TaskRules(PER_AGENT, Map.of())
                .card(
                        subject,
                        subjects.issues().get(subject),
                        links.closing(subject),
                        links.mentions(subject),
                        List.of(),
                        LIVE);
    }
}
