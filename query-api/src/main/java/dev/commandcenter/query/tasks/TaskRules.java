package dev.commandcenter.query.tasks;

import dev.commandcenter.fact.IssueFact;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.gitea.GiteaSubjects;
import dev.commandcenter.query.gitea.RepositoryStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts one issue in a lane from explicit signals only: labels (by {@link LaneRules}), assignees,
 * open pull requests that close it and live agent claims (a mention or a stale claim is listed, not counted). Blocked beats in review beats in progress beats
 * assigned; signals that disagree are listed, never resolved silently. Pure.
 */
public final class TaskRules {

    private final LaneRules labels;
    private final Map<String, String> agentLogins;

    public TaskRules(LaneRules labels, Map<String, String> agentLogins) {
        this.labels = labels;
        this.agentLogins = agentLogins;
    }

    /**
     * @param pulls    open pull requests that close the issue
     * @param mentions open pull requests that only mention it: listed, never a lane signal
     * @param claims   every agent claim on the issue; only live ones count
     */
    public TaskCard card(
            String subject,
            IssueFact issue,
            List<LinkedPull> pulls,
            List<LinkedPull> mentions,
            List<AgentClaim> claims,
            RepositoryStatus repo) {
        List<String> claimedBy = claims.stream()
                .filter(AgentClaim::counts)
                .map(AgentClaim::agent)
                .toList();
        List<String> assignees = issue.assignees();
        List<String> labelNames = issue.labels();
        Map<Lane, List<LaneRules.LabelSignal>> byLane = new LinkedHashMap<>();
        for (String name : labelNames) {
            labels.match(name)
                    .ifPresent(s -> byLane.computeIfAbsent(s.lane(), k -> new ArrayList<>())
                            .add(s));
        }

        List<String> signals = new ArrayList<>();
        byLane.values().forEach(list -> list.forEach(s -> signals.add("label " + s.label())));
        pulls.forEach(
                p -> signals.add("open pull request " + p.repo() + "#" + p.number() + (p.draft() ? " (draft)" : "")));
        mentions.forEach(p -> signals.add(
                "mentioned by pull request " + p.repo() + "#" + p.number() + " (no closing keyword: not linked)"));
        claims.forEach(c -> signals.add(
                c.counts() ? "claimed by " + c.agent() : "claim by " + c.agent() + " not counted: " + c.reason()));
        if (!assignees.isEmpty()) {
            signals.add("assigned to " + String.join(", ", assignees));
        }

        Lane lane = byLane.containsKey(Lane.BLOCKED)
                ? Lane.BLOCKED
                : !pulls.isEmpty() || byLane.containsKey(Lane.IN_REVIEW)
                        ? Lane.IN_REVIEW
                        : byLane.containsKey(Lane.IN_PROGRESS) || !claimedBy.isEmpty()
                                ? Lane.IN_PROGRESS
                                : byLane.containsKey(Lane.ASSIGNED) || !assignees.isEmpty()
                                        ? Lane.ASSIGNED
                                        : Lane.UNASSIGNED;
        List<String> ambiguous = ambiguities(byLane, pulls, claimedBy, assignees);

        // The card is only as fresh as the least fresh of its repository's read and the claims seen on it.
        Freshness freshness = repo.freshness();
        String freshnessReason = repo.reason();
        for (AgentClaim claim : claims) {
            if (rank(claim.freshness()) > rank(freshness)) {
                freshness = claim.freshness();
                freshnessReason = "claim by " + claim.agent() + ": " + claim.reason();
            }
        }
        String repoName = SubjectKey.repoOf(subject);
        return new TaskCard(
                GiteaSubjects.SOURCE,
                subject,
                repoName,
                issue.number(),
                issue.title(),
                issue.htmlUrl(),
                lane,
                assignees,
                labelNames,
                pulls,
                mentions,
                claimedBy,
                signals,
                ambiguous,
                issue.updatedAt(),
                repo.observedAt(),
                freshness,
                freshnessReason);
    }

    private static int rank(Freshness freshness) {
        return switch (freshness) {
            case LIVE -> 0;
            case DEGRADED -> 1;
            case STALE -> 2;
            case UNKNOWN -> 3;
        };
    }

    private List<String> ambiguities(
            Map<Lane, List<LaneRules.LabelSignal>> byLane,
            List<LinkedPull> pulls,
            List<String> claimedBy,
            List<String> assignees) {
        List<String> ambiguous = new ArrayList<>();
        if (byLane.size() > 1) {
            ambiguous.add("labels disagree: "
                    + byLane.values().stream()
                            .flatMap(List::stream)
                            .map(s -> s.label() + " (" + s.lane().wire() + ")")
                            .collect(Collectors.joining(", ")));
        }
        List<LinkedPull> ready = pulls.stream().filter(p -> !p.draft()).toList();
        if (byLane.containsKey(Lane.BLOCKED) && !ready.isEmpty()) {
            ambiguous.add("labeled " + byLane.get(Lane.BLOCKED).get(0).label() + " but has an open pull request "
                    + ready.get(0).repo() + "#" + ready.get(0).number());
        }
        if (byLane.containsKey(Lane.IN_REVIEW) && pulls.isEmpty()) {
            ambiguous.add(
                    "labeled " + byLane.get(Lane.IN_REVIEW).get(0).label() + " but no open pull request is linked");
        }
        for (LaneRules.LabelSignal s : byLane.getOrDefault(Lane.IN_PROGRESS, List.of())) {
            if (s.agent() == null && assignees.isEmpty() && claimedBy.isEmpty()) {
                ambiguous.add("labeled " + s.label() + " but nobody is assigned and no agent claims it");
            }
        }
        byLane.values().stream()
                .flatMap(List::stream)
                .filter(s -> s.agent() != null)
                .filter(s -> !assignees.isEmpty() && !assigned(s.agent(), assignees))
                .forEach(s -> ambiguous.add("label " + s.label() + " names " + s.agent()
                        + " but the issue is assigned to " + String.join(", ", assignees)));
        if (claimedBy.size() > 1) {
            ambiguous.add("claimed by several agents: " + String.join(", ", claimedBy));
        }
        // As the agent health view calls it wrong work: a claim on an issue Gitea does not assign to the agent.
        claimedBy.stream()
                .filter(a -> !assigned(a, assignees))
                .forEach(a -> ambiguous.add("claimed by " + a + " but "
                        + (assignees.isEmpty()
                                ? "assigned to nobody in Gitea"
                                : "assigned to " + String.join(", ", assignees))));
        return ambiguous;
    }

    private boolean assigned(String agent, List<String> assignees) {
        String login = agentLogins.getOrDefault(agent, agent).toLowerCase(Locale.ROOT);
        return assignees.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(login));
    }
}
