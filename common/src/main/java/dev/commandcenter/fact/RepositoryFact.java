package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A Gitea repository as the collector stored it, with how its last read went (under
 * {@code command_center.read}).
 *
 * @param htmlUrl    null when absent
 * @param unread     the last read of the forge could not read this repository
 * @param lastReadAt its last complete read, null when none since the collector started
 * @param readError  why it was not read ({@code ?} when not said)
 */
public record RepositoryFact(String htmlUrl, boolean unread, Instant lastReadAt, String readError) implements Fact {

    public static final FactReader<RepositoryFact> READER = RepositoryFact::read;

    private static RepositoryFact read(JsonNode repo) {
        JsonNode read = object(object(repo, "command_center"), "read");
        return new RepositoryFact(
                text(repo, "html_url"),
                "unread".equals(text(read, "state")),
                instant(read, "last_read_at"),
                text(read, "error", "?"));
    }
}
