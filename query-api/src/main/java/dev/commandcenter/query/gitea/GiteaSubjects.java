package dev.commandcenter.query.gitea;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.StoredPayloads;
import dev.commandcenter.observation.SubjectKey;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Gitea subjects present at an instant, split by kind and parsed: pull requests and issues by
 * subject key, repositories by {@code owner/repo}.
 */
public record GiteaSubjects(Map<String, JsonNode> pulls, Map<String, JsonNode> issues, Map<String, JsonNode> repos) {

    public static final String SOURCE = KnownSource.GITEA.sourceName();

    public static GiteaSubjects of(List<Observation> observations) {
        Map<String, JsonNode> pulls = new TreeMap<>();
        Map<String, JsonNode> issues = new TreeMap<>();
        Map<String, JsonNode> repos = new TreeMap<>();
        for (Observation o : observations) {
            String subject = o.subject();
            if (SubjectKey.GITEA_PR.matches(subject)) {
                pulls.put(subject, parse(o));
            } else if (SubjectKey.GITEA_ISSUE.matches(subject)) {
                issues.put(subject, parse(o));
            } else if (SubjectKey.GITEA_REPO.matches(subject)) {
                repos.put(SubjectKey.GITEA_REPO.nameOf(subject), parse(o));
            }
        }
        return new GiteaSubjects(pulls, issues, repos);
    }

    static JsonNode parse(Observation o) {
        return StoredPayloads.decode(o.payload())
                .orElseThrow(() -> new LogReadFailed("stored payload of " + o.subject() + " is not JSON", null));
    }
}
