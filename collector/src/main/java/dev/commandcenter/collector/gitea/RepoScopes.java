package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The configured {@code owner/repo} and {@code owner/*} entries, and their resolution into repositories. */
final class RepoScopes {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Repositories found, and owners whose listing failed (owner → error). */
    record Resolved(List<RepoTarget> targets, Map<String, GiteaReadError> unlistedOwners) {}

    private RepoScopes() {}

    /** Checks every entry; a malformed one means the source is not (properly) configured. */
    static List<String> parse(List<String> entries) throws SourceFailure {
        List<String> scopes = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            String[] parts = entry.split("/", -1);
            if (parts.length != 2
                    || !NAME.matcher(parts[0]).matches()
                    || !(parts[1].equals("*") || NAME.matcher(parts[1]).matches())) {
                throw new SourceFailure(
                        ReadOutcome.UNCONFIGURED,
                        "command-center.gitea.repos entry '" + entry + "' is not owner/repo or owner/*");
            }
            scopes.add(entry);
        }
        return scopes;
    }

    static Resolved resolve(GiteaClient client, List<String> scopes, int limit) {
        Map<String, RepoTarget> targets = new LinkedHashMap<>();
        Map<String, GiteaReadError> failed = new LinkedHashMap<>();
        for (String scope : scopes) {
            String owner = scope.substring(0, scope.indexOf('/'));
            if (!scope.endsWith("/*")) {
                targets.putIfAbsent(scope.toLowerCase(Locale.ROOT), new RepoTarget(scope, true, true));
                continue;
            }
            try {
                for (ObjectNode repo : ownerRepos(client, owner, limit)) {
                    String name = repo.path("full_name").asText();
                    targets.putIfAbsent(
                            name.toLowerCase(Locale.ROOT),
                            new RepoTarget(
                                    name,
                                    repo.path("has_pull_requests").asBoolean(true),
                                    repo.path("has_issues").asBoolean(true)));
                }
            } catch (GiteaReadError e) {
                failed.put(owner, e);
            }
        }
        return new Resolved(List.copyOf(targets.values()), failed);
    }

    /** An organisation's repositories, or a user's when the owner is no organisation. */
    private static List<ObjectNode> ownerRepos(GiteaClient client, String owner, int limit) throws GiteaReadError {
        try {
            return Pages.all(client, "/orgs/" + owner + "/repos", Map.of(), limit)
                    .items();
        } catch (GiteaReadError e) {
            if (e.status() != 404) {
                throw e;
            }
            return Pages.all(client, "/users/" + owner + "/repos", Map.of(), limit)
                    .items();
        }
    }
}
