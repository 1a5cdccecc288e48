package dev.commandcenter.ui.gitea;

import dev.commandcenter.fakegitea.FakeGitea;
import dev.commandcenter.fakegitea.ForgeModel;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Starts the fake Gitea (50 repositories, 20 items a page) and points the command center at it. */
public class FakeGiteaResource implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "fedcba9876543210";
    static volatile FakeGitea gitea;
    private Path tokenFile;

    @Override
    public Map<String, String> start() {
        try {
            gitea = new FakeGitea(new ForgeModel(Instant.now(), 20), TOKEN);
            tokenFile = Files.createTempFile("gitea-token", ".txt");
            Files.writeString(tokenFile, TOKEN + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "command-center.gitea.url", gitea.baseUrl(),
                "command-center.gitea.token-file", tokenFile.toString(),
                "command-center.gitea.service-account", "cc-reader",
                "command-center.gitea.repos", "acme/*",
                "command-center.gitea.interval", "2s",
                "command-center.gitea.agent-logins.\"scout-agent\"", "scout");
    }

    @Override
    public void stop() {
        gitea.close();
        try {
            Files.deleteIfExists(tokenFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
