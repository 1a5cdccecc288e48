package dev.commandcenter.collector.gitea;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A Gitea configuration for tests: the token comes from the variable {@code GITEA_TOKEN}. */
record TestGiteaConfig(String baseUrl, String account, List<String> repoScopes) implements GiteaConfig {

    static final String TOKEN = "0123456789abcdef";

    @Override
    public Optional<URI> url() {
        return Optional.ofNullable(baseUrl).map(URI::create);
    }

    @Override
    public Optional<String> tokenFile() {
        return Optional.empty();
    }

    @Override
    public Optional<String> tokenEnv() {
        return Optional.of("GITEA_TOKEN");
    }

    @Override
    public Optional<String> serviceAccount() {
        return Optional.ofNullable(account);
    }

    @Override
    public Optional<List<String>> repos() {
        return Optional.ofNullable(repoScopes);
    }

    @Override
    public int pageSize() {
        return 50;
    }

    @Override
    public int concurrency() {
        return 4;
    }

    @Override
    public int maxFilesPerPull() {
        return 500;
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(60);
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Optional<Duration> staleAfter() {
        return Optional.empty();
    }
}
