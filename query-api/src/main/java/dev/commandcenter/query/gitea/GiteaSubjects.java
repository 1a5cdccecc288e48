package dev.commandcenter.query.gitea;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.StoredPayloads;
import dev.commandcenter.observation.Observation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Gitea subjects present at an instant, split by kind and parsed: pull requests and issues by
 * subject key, repositories by {@code owner/repo}.
 */
public record GiteaSubjects(Map<String, JsonNode> pulls, Map<String, JsonNode> issues, Map<String, JsonNode> repos) {

    public static final String SOURCE = "gitea";

    public static GiteaSubjects of(List<Observation> observations) {
        Map<String, JsonNode> pulls = new TreeMap<>();
        Map<String, JsonNode> issues = new TreeMap<>();
        Map<String, JsonNode> repos = new TreeMap<>();
        for (Observation o : observations) {
            String subject = o.subject();
            if (subject.startsWith("gitea:pr:")) {
                pulls.put(subject, parse(o));
            } else if (subject.startsWith("gitea:issue:")) {
                issues.put(subject, parse(o));
            } else if (subject.startsWith("gitea:repo:")) {
                repos.put(subject.substring("gitea:repo:".length()), parse(o));
            }
        }
        return new GiteaSubjects(pulls, issues, repos);
    }

    /** {@code owner/repo} of a {@code gitea:pr:…} or {@code gitea:issue:…} key. */
    public static String repoOf(String subject) {
        String rest = subject.substring(subject.indexOf(':', "gitea:".length()) + 1);
        return rest.substring(0, rest.lastIndexOf('#'));
    }

    static JsonNode parse(Observation o) {
        return StoredPayloads.decode(o.payload())
                .orElseThrow(() -> new LogReadFailed("stored payload of " + o.subject() + " is not JSON", null));
    }
}
