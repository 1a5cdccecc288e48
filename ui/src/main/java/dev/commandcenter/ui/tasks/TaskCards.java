package dev.commandcenter.ui.tasks;

import dev.commandcenter.query.tasks.TaskCard;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task board's cards as the page draws them ({@code TaskBoardPage/card.html}): each rendered once
 * and given again to every page and live update while it shows the same. A fleet's board holds a
 * thousand cards, and a poll changes a few of them.
 */
@ApplicationScoped
public class TaskCards {

    /** Renderings kept at most: a few boards' worth; past it they are all drawn afresh. */
    private static final int KEPT = 8_000;

    private final Map<TaskCard, RawString> rendered = new ConcurrentHashMap<>();

    /** The card's HTML. */
    public RawString of(TaskCard card) {
        TaskCard shown = shown(card);
        RawString html = rendered.get(shown);
        if (html == null) {
            if (rendered.size() >= KEPT) {
                rendered.clear();
            }
            html = new RawString(TaskBoardPage.Templates.card(shown).render());
            rendered.put(shown, html);
        }
        return html;
    }

    /**
     * The card without what it does not show (when its repository was last read, when it was last
     * active): a read that changed nothing else finds its rendering again.
     */
    private static TaskCard shown(TaskCard c) {
        return new TaskCard(
                c.source(),
                c.subject(),
                c.repo(),
                c.number(),
                c.title(),
                c.htmlUrl(),
                c.lane(),
                c.assignees(),
                c.labels(),
                c.linkedPulls(),
                c.mentionedBy(),
                c.claimedBy(),
                c.signals(),
                c.ambiguous(),
                null,
                null,
                c.freshness(),
                c.freshnessReason());
    }
}
