package dev.commandcenter.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One subject as a source showed it during one poll.
 *
 * @param subject    stable key, e.g. {@code gitea:pr:owner/repo#12}, {@code cron:job:abc}, {@code agent:builder}
 * @param kind       the fact's type, past tense ({@code PullRequestSeen}, {@code CronJobRead})
 * @param sourceTime the source's own timestamp for this subject, if it has one
 * @param payload    everything the source said about the subject; unknown fields are kept
 */
public record SubjectSeen(String subject, String kind, Instant sourceTime, JsonNode payload) {
    public SubjectSeen {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
    }
}
