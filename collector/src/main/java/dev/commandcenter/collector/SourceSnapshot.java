package dev.commandcenter.collector;

import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.util.List;

/**
 * What a successful poll saw.
 *
 * @param outcome      {@code OK}, {@code PARTIAL} (some scopes unread) or {@code DEGRADED} (read, but unhealthy)
 * @param note         why partial or degraded; null when OK
 * @param seen         the subjects seen
 * @param unreadScopes subject-key prefixes that could not be read; their subjects keep their last state
 */
public record SourceSnapshot(ReadOutcome outcome, String note, List<SubjectSeen> seen, List<String> unreadScopes) {

    public SourceSnapshot {
        if (!outcome.delivered()) {
            throw new IllegalArgumentException("a snapshot delivers data; failures are SourceFailure: " + outcome);
        }
        seen = List.copyOf(seen);
        unreadScopes = List.copyOf(unreadScopes);
    }

    public static SourceSnapshot complete(List<SubjectSeen> seen) {
        return new SourceSnapshot(ReadOutcome.OK, null, seen, List.of());
    }

    public static SourceSnapshot partial(List<SubjectSeen> seen, List<String> unreadScopes, String note) {
        return new SourceSnapshot(ReadOutcome.PARTIAL, note, seen, unreadScopes);
    }
}
