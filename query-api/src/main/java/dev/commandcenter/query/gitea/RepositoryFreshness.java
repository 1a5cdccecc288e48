package dev.commandcenter.query.gitea;

import dev.commandcenter.fact.RepositoryFact;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-repository freshness: the Gitea source's, except that a repository the last (partial) read
 * could not reach is stale, with the error and the time of its last complete read. Pure.
 */
public final class RepositoryFreshness {

    private final SourceStatus gitea;
    private final Map<String, RepositoryStatus> repos = new TreeMap<>();

    /** @param repoPayloads the {@code gitea:repo:*} facts at the view's instant, by {@code owner/repo} */
    public RepositoryFreshness(SourceStatus gitea, Map<String, RepositoryFact> repoPayloads) {
        this.gitea = gitea;
        repoPayloads.forEach((repo, payload) -> repos.put(repo, judge(repo, payload)));
    }

    public Map<String, RepositoryStatus> all() {
        return repos;
    }

    /** The status of a repository; one with no record of its own shares the source's. */
    public RepositoryStatus of(String repo) {
        RepositoryStatus known = repos.get(repo);
        return known != null
                ? known
                : new RepositoryStatus(repo, null, gitea.freshness(), gitea.reason(), gitea.observedAt());
    }

    private RepositoryStatus judge(String repo, RepositoryFact repository) {
        String url = repository.htmlUrl();
        boolean partialOrOk = gitea.lastRead() != null
                && (gitea.lastRead().outcome() == ReadOutcome.OK
                        || gitea.lastRead().outcome() == ReadOutcome.PARTIAL);
        if (gitea.freshness() != Freshness.LIVE && !(gitea.freshness() == Freshness.DEGRADED && partialOrOk)) {
            return new RepositoryStatus(repo, url, gitea.freshness(), gitea.reason(), gitea.observedAt());
        }
        if (repository.unread()) {
            Instant lastRead = repository.lastReadAt();
            return new RepositoryStatus(
                    repo,
                    url,
                    Freshness.STALE,
                    "not read: " + repository.readError()
                            + (lastRead == null ? "; never read completely since the collector started" : ""),
                    lastRead);
        }
        return new RepositoryStatus(repo, url, Freshness.LIVE, null, gitea.observedAt());
    }
}
