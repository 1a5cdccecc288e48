package dev.commandcenter.query.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.query.reviews.RepositoryStatus;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LaneRules PER_AGENT = new LaneRules(Map.of(
            Lane.ASSIGNED, List.of("assigned-<agent>"),
            Lane.IN_PROGRESS, List.of("in-progress", "<agent>-in-progress"),
            Lane.BLOCKED, List.of("blocked"),
            Lane.IN_REVIEW, List.of("in-review", "<agent>-ready", "<agent>-done")));
    static final RepositoryStatus LIVE = new RepositoryStatus("acme/tools", null, Freshness.LIVE, null,
            Instant.parse("2026-06-30T12:00:00Z"));

    /** Issue #41 of the fixtures with the given labels and assignees. */
    static ObjectNode issue(List<String> labels, List<String> assignees) throws Exception {
        try (InputStream in = TaskRulesTest.class.getResourceAsStream("/fixtures/gitea/issues.list.open.type-issues.json")) {
            ObjectNode issue = (ObjectNode) JSON.readTree(in).get(0);
            ArrayNode l = issue.putArray("labels");
            labels.forEach(name -> l.addObject().put("name", name));
            ArrayNode a = issue.putArray("assignees");
            assignees.forEach(login -> a.addObject().put("login", login));
            return issue;
        }
    }

    @Test
    void perAgentLabelsNameTheAgent() {
        assertEquals(new LaneRules.LabelSignal(Lane.IN_PROGRESS, "scout-in-progress", "scout"),
                PER_AGENT.match("scout-in-progress").orElseThrow());
        assertEquals(Lane.ASSIGNED, PER_AGENT.match("assigned-builder").orElseThrow().lane());
        assertEquals(Lane.IN_REVIEW, PER_AGENT.match("builder-done").orElseThrow().lane());
        assertEquals(java.util.Optional.empty(), PER_AGENT.match("kind/bug"));
    }

    @Test
    void aLabelNamingAnotherAgentThanTheAssigneeIsAmbiguous() throws Exception {
        TaskCard card = new TaskRules(PER_AGENT, Map.of()).card("gitea:issue:acme/tools#41",
                issue(List.of("scout-in-progress"), List.of("builder")), List.of(), List.of(), LIVE);
        assertEquals(Lane.IN_PROGRESS, card.lane());
        assertEquals(List.of("label scout-in-progress names scout but the issue is assigned to builder"), card.ambiguous());
    }

    @Test
    void anAgentsClaimMatchesItsGiteaLoginThroughTheMapping() throws Exception {
        ObjectNode assignedToScout = issue(List.of(), List.of("scout"));
        TaskCard mapped = new TaskRules(PER_AGENT, Map.of("scout-agent", "scout")).card("gitea:issue:acme/tools#41",
                assignedToScout, List.of(), List.of("scout-agent"), LIVE);
        assertEquals(Lane.IN_PROGRESS, mapped.lane());
        assertEquals(List.of(), mapped.ambiguous());

        TaskCard unmapped = new TaskRules(PER_AGENT, Map.of()).card("gitea:issue:acme/tools#41",
                assignedToScout, List.of(), List.of("scout-agent"), LIVE);
        assertEquals(List.of("claimed by scout-agent but assigned to scout"), unmapped.ambiguous());
    }

    @Test
    void anIssueWithNoSignalIsUnassignedAndAnOpenPullRequestPutsItInReview() throws Exception {
        TaskRules rules = new TaskRules(PER_AGENT, Map.of());
        assertEquals(Lane.UNASSIGNED, rules.card("gitea:issue:acme/tools#41", issue(List.of(), List.of()), List.of(),
                List.of(), LIVE).lane());
        TaskCard review = rules.card("gitea:issue:acme/tools#41", issue(List.of("in-progress"), List.of("alice")),
                List.of(new LinkedPull("gitea:pr:acme/tools#42", "acme/tools", 42, "Add token refresh", "u", false)),
                List.of(), LIVE);
        assertEquals(Lane.IN_REVIEW, review.lane());
        assertEquals(List.of("label in-progress", "open pull request acme/tools#42", "assigned to alice"), review.signals());
    }
}
