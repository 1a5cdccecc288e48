package dev.commandcenter.query.gitea;

import dev.commandcenter.fact.Facts;
import dev.commandcenter.fact.IssueFact;
import dev.commandcenter.fact.PullRequestFact;
import dev.commandcenter.fact.RepositoryFact;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Gitea subjects present at an instant, split by kind and read as facts: pull requests and issues
 * by subject key, repositories by {@code owner/repo}.
 */
public record GiteaSubjects(
        Map<String, PullRequestFact> pulls, Map<String, IssueFact> issues, Map<String, RepositoryFact> repos) {

    public static final String SOURCE = KnownSource.GITEA.sourceName();

    public static GiteaSubjects of(List<Observation> observations) {
        Map<String, PullRequestFact> pulls = new TreeMap<>();
        Map<String, IssueFact> issues = new TreeMap<>();
        Map<String, RepositoryFact> repos = new TreeMap<>();
        for (Observation o : observations) {
            String subject = o.subject();
            if (SubjectKey.GITEA_PR.matches(subject)) {
                pulls.put(subject, Facts.of(o, PullRequestFact.class, PullRequestFact.READER));
            } else if (SubjectKey.GITEA_ISSUE.matches(subject)) {
                issues.put(subject, Facts.of(o, IssueFact.class, IssueFact.READER));
            } else if (SubjectKey.GITEA_REPO.matches(subject)) {
                repos.put(
                        SubjectKey.GITEA_REPO.nameOf(subject),
                        Facts.of(o, RepositoryFact.class, RepositoryFact.READER));
            }
        }
        return new GiteaSubjects(pulls, issues, repos);
    }
}
