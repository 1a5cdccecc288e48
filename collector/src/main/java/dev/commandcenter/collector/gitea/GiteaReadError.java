package dev.commandcenter.collector.gitea;

import dev.commandcenter.observation.ReadOutcome;

/**
 * One Gitea request that did not give usable data, with the typed outcome it stands for.
 * Messages never contain the token.
 */
final class GiteaReadError extends Exception {

    private final ReadOutcome outcome;
    private final int status;

    GiteaReadError(ReadOutcome outcome, int status, String message) {
        super(message);
        this.outcome = outcome;
        this.status = status;
    }

    ReadOutcome outcome() {
        return outcome;
    }

    /** The HTTP status, or 0 when no answer came. */
    int status() {
        return status;
    }

    /** Outcome for an HTTP status that is not 2xx. */
    static ReadOutcome outcomeOf(int status) {
        if (status == 401 || status == 403) {
            return ReadOutcome.UNAUTHORIZED;
        }
        if (status == 502 || status == 503 || status == 504) {
            return ReadOutcome.UNREACHABLE;
        }
        return ReadOutcome.ERROR;
    }
}
