package dev.commandcenter.query.tasks;

import dev.commandcenter.fact.IssueFact;
import dev.commandcenter.fact.PullRequestFact;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.gitea.GiteaSubjects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which open pull requests link to which issue. Only a closing reference links: a closing keyword in
 * the PR body, or a timeline {@code pull_ref} whose {@code ref_action} is {@code closes}. Any other
 * reference ("Refs #14", {@code ref_action} {@code none} or {@code reopens}) is a mention: shown on the
 * card, never a reason to move it to in review. Pure.
 *
 * @param closing  issue subject → pull requests that would close it
 * @param mentions issue subject → pull requests that only mention it
 */
public record IssueLinks(Map<String, List<LinkedPull>> closing, Map<String, List<LinkedPull>> mentions) {

    public static IssueLinks of(GiteaSubjects subjects) {
        Map<String, Map<String, LinkedPull>> closing = new LinkedHashMap<>();
        Map<String, Map<String, LinkedPull>> mentions = new LinkedHashMap<>();
        subjects.pulls()
                .forEach((subject, pr) -> pr.closes()
                        .forEach(ref -> closing.computeIfAbsent(
                                        SubjectKey.GITEA_ISSUE.of(ref), k -> new LinkedHashMap<>())
                                .put(subject, linked(subject, pr))));
        subjects.issues().forEach((subject, issue) -> {
            for (IssueFact.PullReference ref : issue.linkedPulls()) {
                String pull = SubjectKey.GITEA_PR.of(ref.pull());
                PullRequestFact pr = subjects.pulls().get(pull);
                if (pr == null || ref.action() == IssueFact.RefAction.NEUTERED) {
                    continue;
                }
                (ref.action() == IssueFact.RefAction.CLOSES ? closing : mentions)
                        .computeIfAbsent(subject, k -> new LinkedHashMap<>())
                        .put(pull, linked(pull, pr));
            }
        });
        // A pull request that closes the issue somewhere is a link, not also a mention.
        mentions.forEach((issue, pulls) ->
                pulls.keySet().removeAll(closing.getOrDefault(issue, Map.of()).keySet()));
        return new IssueLinks(lists(closing), lists(mentions));
    }

    public List<LinkedPull> closing(String issue) {
        return closing.getOrDefault(issue, List.of());
    }

    public List<LinkedPull> mentions(String issue) {
        return mentions.getOrDefault(issue, List.of());
    }

    private static Map<String, List<LinkedPull>> lists(Map<String, Map<String, LinkedPull>> links) {
        Map<String, List<LinkedPull>> out = new LinkedHashMap<>();
        links.forEach((issue, pulls) -> {
            if (!pulls.isEmpty()) {
                out.put(issue, List.copyOf(pulls.values()));
            }
        });
        return out;
    }

    private static LinkedPull linked(String subject, PullRequestFact pr) {
        return new LinkedPull(subject, SubjectKey.repoOf(subject), pr.number(), pr.title(), pr.htmlUrl(), pr.draft());
    }
}
