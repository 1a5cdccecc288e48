package dev.commandcenter.collector.gitea;

import dev.commandcenter.testing.TestConfigs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Gitea configuration for tests: the token comes from the variable {@code GITEA_TOKEN}. */
final class TestGiteaConfig {

    static final String TOKEN = "0123456789abcdef";

    private TestGiteaConfig() {}

    /** A null argument leaves that setting unset. */
    static GiteaConfig of(String baseUrl, String account, List<String> repoScopes) {
        Map<String, String> settings = new TreeMap<>(Map.of("token-env", "GITEA_TOKEN"));
        if (baseUrl != null) {
            settings.put("url", baseUrl);
        }
        if (account != null) {
            settings.put("service-account", account);
        }
        if (repoScopes != null) {
            settings.put("repos", String.join(",", repoScopes));
        }
        return TestConfigs.of(GiteaConfig.class, settings);
    }
}
