package dev.commandcenter.query.agents;

import java.time.Instant;

/**
 * The issue an agent says it works on, and how that stands in Gitea.
 *
 * @param ref        {@code owner/repo#N}
 * @param since      since when the agent has held it (at least); null if unknown
 * @param assignment assigned to the agent, not assigned, closed, or unknown
 * @param detail     the assignment in words (assignees, state)
 * @param url        the Gitea issue's page, when Gitea data names it
 */
public record Claim(String ref, Instant since, Assignment assignment, String detail, String url) {}
