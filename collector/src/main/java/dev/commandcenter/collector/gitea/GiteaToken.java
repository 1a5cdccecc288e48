package dev.commandcenter.collector.gitea;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.config.CredentialSource;
import dev.commandcenter.config.CredentialUnavailable;
import dev.commandcenter.observation.ReadOutcome;
import java.util.Map;

/**
 * The machine account's token, from the ONE configured place: a file or an environment variable.
 * No other lookup (no credential helpers, no home directory). Read at every poll so a rotated
 * token is picked up; never logged, never stored.
 */
final class GiteaToken {

    private GiteaToken() {}

    static String read(GiteaConfig config, Map<String, String> environment) throws SourceFailure {
        try {
            CredentialSource source = CredentialSource.of("command-center.gitea", config.tokenFile(), config.tokenEnv())
                    .map(configured -> configured instanceof CredentialSource.FromEnvironment variable
                            ? new CredentialSource.FromEnvironment(variable.variable(), environment::get)
                            : configured)
                    .orElseThrow(() -> SourceFailure.unconfigured(
                            "command-center.gitea.token-file or command-center.gitea.token-env"));
            return source.read().reveal();
        } catch (CredentialUnavailable e) {
            throw new SourceFailure(ReadOutcome.UNCONFIGURED, e.getMessage());
        }
    }
}
