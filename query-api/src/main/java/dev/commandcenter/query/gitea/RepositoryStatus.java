package dev.commandcenter.query.gitea;

import dev.commandcenter.observation.Freshness;
import java.time.Instant;

/**
 * How fresh one repository's rows are.
 *
 * @param repo       {@code owner/repo}
 * @param htmlUrl    the repository on Gitea
 * @param freshness  live when the last read covered it, stale when it could not be read, else the source's
 * @param reason     why not live; null when live
 * @param observedAt when its data was last read completely; null if unknown
 */
public record RepositoryStatus(String repo, String htmlUrl, Freshness freshness, String reason, Instant observedAt) {}
