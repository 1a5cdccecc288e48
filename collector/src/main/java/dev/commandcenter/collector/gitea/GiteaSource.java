package dev.commandcenter.collector.gitea;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls Gitea with GET only: checks the token's identity, resolves the configured repositories,
 * reads them with bounded concurrency and reports every open pull request and issue. A
 * repository that fails is reported unread (its subjects keep their last state) while the others
 * stay fresh; a token of the wrong account yields a degraded read and no data at all.
 */
@ApplicationScoped
public class GiteaSource implements Source {

    private final GiteaConfig config;
    private final Clock clock;
    private final Map<String, String> environment;
    private final HttpClient http;
    private final ConcurrentHashMap<String, RepoMemory> memory = new ConcurrentHashMap<>();
    private volatile Integer serverMaxItems;

    @Inject
    public GiteaSource(GiteaConfig config, Clock clock) {
        this(config, clock, System.getenv());
    }

    GiteaSource(GiteaConfig config, Clock clock, Map<String, String> environment) {
        this.config = config;
        this.clock = clock;
        this.environment = environment;
        this.http = GiteaClient.newHttpClient(config.timeout());
    }

    @Override
    public String name() {
        return KnownSource.GITEA.sourceName();
    }

    @Override
    public PollTiming timing() {
        return config;
    }

    @Override
    public SourceSnapshot poll() throws SourceFailure {
        URI url = config.url().orElseThrow(() -> SourceFailure.unconfigured("command-center.gitea.url"));
        String account = config.serviceAccount()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> SourceFailure.unconfigured("command-center.gitea.service-account"));
        List<String> scopes = RepoScopes.parse(config.repos()
                .filter(r -> !r.isEmpty())
                .orElseThrow(() -> SourceFailure.unconfigured("command-center.gitea.repos")));
        GiteaClient client = new GiteaClient(http, url, GiteaToken.read(config, environment), config.timeout());
        try {
            String login = GiteaParser.object(client.get("/user", Map.of()))
                    .path("login")
                    .asText("");
            if (!login.equalsIgnoreCase(account)) {
                return new SourceSnapshot(
                        ReadOutcome.DEGRADED,
                        "identity-mismatch: the token belongs to '" + login + "', not to the service account '"
                                + account + "'; no data taken",
                        List.of(),
                        List.of(SubjectKey.EVERY_GITEA));
            }
            int limit = pageLimit(client);
            RepoScopes.Resolved resolved = RepoScopes.resolve(client, scopes, limit);
            List<RepoOutcome> outcomes = new ForgeReader(
                            client, limit, config.maxFilesPerPull(), config.concurrency(), clock)
                    .readAll(resolved.targets(), memory);
            if (resolved.unlistedOwners().isEmpty()) {
                memory.keySet()
                        .retainAll(resolved.targets().stream()
                                .map(RepoTarget::fullName)
                                .toList());
            }
            return assemble(url, resolved, outcomes);
        } catch (GiteaReadError e) {
            throw new SourceFailure(e.outcome(), e.getMessage());
        }
    }

    /** The page size to ask for: ours, cut to the server's maximum (asked once). */
    private int pageLimit(GiteaClient client) throws GiteaReadError {
        if (serverMaxItems == null) {
            String version = GiteaParser.object(client.get("/version", Map.of()))
                    .path("version")
                    .asText("?");
            ObjectNode settings = GiteaParser.object(client.get("/settings/api", Map.of()));
            serverMaxItems = settings.path("max_response_items").asInt(config.pageSize());
            Log.infof("Gitea %s answers at most %d items per page", version, serverMaxItems);
        }
        return Math.max(1, Math.min(config.pageSize(), serverMaxItems));
    }

    private SourceSnapshot assemble(URI url, RepoScopes.Resolved resolved, List<RepoOutcome> outcomes)
            throws SourceFailure {
        String base = url.toString().replaceAll("/+$", "");
        List<SubjectSeen> seen = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        GiteaReadError first = null;
        int read = 0;
        for (RepoOutcome outcome : outcomes) {
            RepoTarget target = outcome.target();
            RepoMemory known = memory.getOrDefault(target.fullName(), RepoMemory.NONE);
            seen.add(new SubjectSeen(
                    SubjectKey.GITEA_REPO.of(target.fullName()),
                    "RepositoryRead",
                    null,
                    GiteaPayloads.repository(base, target.fullName(), outcome.failure(), known.lastReadAt())));
            if (outcome.failure() == null) {
                seen.addAll(outcome.seen());
                read++;
            } else {
                unread.add(target.pullScope());
                unread.add(target.issueScope());
                problems.add(target.fullName() + " (" + outcome.failure().getMessage() + ")");
                first = first == null ? outcome.failure() : first;
            }
        }
        resolved.unlistedOwners().forEach((owner, error) -> {
            unread.add(SubjectKey.GITEA_PR.of(owner + "/"));
            unread.add(SubjectKey.GITEA_ISSUE.of(owner + "/"));
            unread.add(SubjectKey.GITEA_REPO.of(owner + "/"));
            problems.add("repositories of " + owner + " not listed (" + error.getMessage() + ")");
        });
        if (first == null && !resolved.unlistedOwners().isEmpty()) {
            first = resolved.unlistedOwners().values().iterator().next();
        }
        if (read == 0 && first != null) {
            throw new SourceFailure(first.outcome(), "nothing could be read: " + String.join("; ", problems));
        }
        if (unread.isEmpty()) {
            return SourceSnapshot.complete(seen);
        }
        String note = (outcomes.size() - read) + " of " + outcomes.size() + " repositories unread: "
                + String.join("; ", problems);
        return SourceSnapshot.partial(seen, unread, note);
    }
}
