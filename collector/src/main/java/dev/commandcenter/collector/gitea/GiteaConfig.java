package dev.commandcenter.collector.gitea;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * How the collector reads Gitea ({@code command-center.gitea.*}). The view rules under the same
 * prefix (sensitive paths, lane labels, agent logins) belong to the query side's own mapping.
 */
@ConfigMapping(prefix = "command-center.gitea")
public interface GiteaConfig extends PollTiming {

    /** Gitea base URL, e.g. {@code https://gitea.example.com}; unset means the source is unconfigured. */
    Optional<URI> url();

    /** File holding the machine account's token; relative paths resolve against the working directory. */
    Optional<String> tokenFile();

    /** Name of the environment variable holding the token (instead of {@code token-file}, never both). */
    Optional<String> tokenEnv();

    /** The login the token must belong to; any other identity makes the source degraded. */
    Optional<String> serviceAccount();

    /** Repositories to watch: {@code owner/repo} or {@code owner/*} for every repository of an owner. */
    Optional<List<String>> repos();

    /** Items per page asked for; the server's own maximum ({@code /api/v1/settings/api}) wins when lower. */
    @WithDefault("50")
    int pageSize();

    /** At most this many repositories are read at the same time. */
    @WithDefault("4")
    int concurrency();

    /** At most this many changed files are read per pull request (larger diffs are marked truncated). */
    @WithDefault("500")
    int maxFilesPerPull();
}
