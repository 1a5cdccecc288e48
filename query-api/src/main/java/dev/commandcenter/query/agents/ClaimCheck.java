package dev.commandcenter.query.agents;

import dev.commandcenter.fact.Facts;
import dev.commandcenter.fact.IssueFact;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.List;

/**
 * Joins a claim with the Gitea issue it names: closed, assigned to the agent's login, to someone
 * else, or to nobody. Without Gitea data for the issue the assignment is unknown — never guessed.
 */
final class ClaimCheck {

    private ClaimCheck() {}

    /**
     * @param issue the issue's latest {@code gitea} observation; null if Gitea never showed it
     * @param gitea the Gitea source's status
     */
    static Claim check(String ref, Instant since, String login, Observation issue, SourceStatus gitea) {
        if (issue == null) {
            String why = gitea.observedAt() == null
                    ? "no Gitea data (" + gitea.freshness().wire()
                            + (gitea.reason() == null ? "" : ": " + gitea.reason()) + ")"
                    : ref + " was not seen in Gitea";
            return new Claim(ref, since, Assignment.UNKNOWN, "assignment unknown: " + why, null);
        }
        IssueFact fact = Facts.of(issue, IssueFact.class, IssueFact.READER);
        String url = fact.htmlUrl().isEmpty() ? null : fact.htmlUrl();
        if (fact.closed()) {
            return new Claim(ref, since, Assignment.CLOSED, ref + " is closed in Gitea", url);
        }
        List<String> assignees = fact.assignees();
        if (assignees.contains(login)) {
            return new Claim(ref, since, Assignment.ASSIGNED, "assigned to " + String.join(", ", assignees), url);
        }
        String detail = assignees.isEmpty()
                ? ref + " is assigned to nobody in Gitea"
                : ref + " is assigned to " + String.join(", ", assignees) + ", not " + login;
        return new Claim(ref, since, Assignment.NOT_ASSIGNED, detail, url);
    }
}
