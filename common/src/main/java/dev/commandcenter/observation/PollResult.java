package dev.commandcenter.observation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one poll of one source produced: the message that travels on the observations channel.
 *
 * @param pollId       unique per poll; appending the same poll twice is a no-op (redelivery)
 * @param host         the collector host that polled
 * @param source       source name ({@code gitea}, {@code hermes}, …)
 * @param outcome      how the poll went
 * @param error        why it failed or is partial/degraded; null when OK
 * @param staleAfter   the source's staleness bound, stored with the read so freshness can be judged from the log alone
 * @param seen         every subject the source showed; empty unless the outcome {@link ReadOutcome#delivered() delivered}
 * @param unreadScopes subject-key prefixes that could not be read this time: absent subjects under them are not gone
 */
public record PollResult(
        String pollId,
        String host,
        String source,
        Instant startedAt,
        Instant finishedAt,
        ReadOutcome outcome,
        String error,
        Duration staleAfter,
        List<SubjectSeen> seen,
        List<String> unreadScopes) {

    public PollResult {
        Objects.requireNonNull(pollId, "pollId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(staleAfter, "staleAfter");
        seen = seen == null ? List.of() : List.copyOf(seen);
        unreadScopes = unreadScopes == null ? List.of() : List.copyOf(unreadScopes);
        if (!outcome.delivered() && !seen.isEmpty()) {
            throw new IllegalArgumentException("a " + outcome.wire() + " poll cannot deliver subjects");
        }
    }

    public boolean covers(String subject) {
        for (String scope : unreadScopes) {
            if (subject.startsWith(scope)) {
                return false;
            }
        }
        return true;
    }
}
