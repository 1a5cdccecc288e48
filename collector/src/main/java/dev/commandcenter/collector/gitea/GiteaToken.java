package dev.commandcenter.collector.gitea;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The machine account's token, from the ONE configured place: a file or an environment variable.
 * No other lookup (no credential helpers, no home directory). Read at every poll so a rotated
 * token is picked up; never logged, never stored.
 */
final class GiteaToken {

    private GiteaToken() {
    }

    static String read(GiteaConfig config, Map<String, String> environment) throws SourceFailure {
        boolean file = config.tokenFile().filter(s -> !s.isBlank()).isPresent();
        boolean env = config.tokenEnv().filter(s -> !s.isBlank()).isPresent();
        if (file && env) {
            throw new SourceFailure(ReadOutcome.UNCONFIGURED,
                    "set only one of command-center.gitea.token-file and command-center.gitea.token-env");
        }
        if (!file && !env) {
            throw SourceFailure.unconfigured("command-center.gitea.token-file or command-center.gitea.token-env");
        }
        String token = file ? fromFile(config.tokenFile().get()) : fromEnvironment(config.tokenEnv().get(), environment);
        if (token.isBlank()) {
            throw new SourceFailure(ReadOutcome.UNCONFIGURED, "the configured Gitea token is empty");
        }
        return token;
    }

    private static String fromFile(String location) throws SourceFailure {
        Path path = Path.of(location);
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new SourceFailure(ReadOutcome.UNCONFIGURED,
                    "token file " + path + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String fromEnvironment(String name, Map<String, String> environment) throws SourceFailure {
        String value = environment.get(name);
        if (value == null) {
            throw new SourceFailure(ReadOutcome.UNCONFIGURED, "environment variable " + name + " is not set");
        }
        return value.strip();
    }
}
