package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.objects;
import static dev.commandcenter.fact.FactFields.text;
import static dev.commandcenter.fact.FactFields.texts;
import static dev.commandcenter.fact.FactFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.WireName;
import java.time.Instant;
import java.util.List;

/**
 * An open Gitea issue as the collector stored it: Gitea's object from the issue list, with the pull
 * requests its timeline links to it (under {@code command_center}).
 *
 * @param closed    Gitea says {@code closed}: the collector stores open issues only, so this is an
 *                  issue stored otherwise, or closed between Gitea's list and its read
 * @param updatedAt null when absent or unreadable
 */
public record IssueFact(
        int number,
        boolean closed,
        String title,
        String htmlUrl,
        List<String> assignees,
        List<String> labels,
        Instant updatedAt,
        List<PullReference> linkedPulls)
        implements Fact {

    public static final FactReader<IssueFact> READER = IssueFact::read;

    /**
     * A pull request's reference on the issue's timeline.
     *
     * @param pull {@code owner/repo#number}
     */
    public record PullReference(String pull, RefAction action) {}

    /** What a reference does to the issue when its pull request merges, in Gitea's words; any other is {@link #NONE}. */
    public enum RefAction implements WireName {
        NONE,
        CLOSES,
        REOPENS,
        NEUTERED;

        static RefAction parse(String text) {
            return WireName.parseOr(RefAction.class, text, NONE);
        }
    }

    private static IssueFact read(JsonNode issue) {
        return new IssueFact(
                (int) whole(issue, "number"),
                "closed".equals(text(issue, "state")),
                text(issue, "title", ""),
                text(issue, "html_url", ""),
                texts(issue, "assignees", "login"),
                texts(issue, "labels", "name"),
                instant(issue, "updated_at"),
                objects(object(issue, "command_center"), "linked_pulls").stream()
                        .map(ref ->
                                new PullReference(text(ref, "pull", ""), RefAction.parse(text(ref, "action", "none"))))
                        .toList());
    }
}
