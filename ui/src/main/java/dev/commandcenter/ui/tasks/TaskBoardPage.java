package dev.commandcenter.ui.tasks;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.tasks.Lane;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.query.tasks.TaskBoardView;
import dev.commandcenter.query.tasks.TaskCard;
import dev.commandcenter.ui.filters.PageFilter;
import dev.commandcenter.ui.live.PageAnswers;
import dev.commandcenter.ui.replay.TimeBar;
import dev.commandcenter.ui.replay.TimeBars;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;

/** The task board page: the same view record as {@code GET /api/views/task-board}. */
@Path("/tasks")
public class TaskBoardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(
                TaskBoardView view, Replay replay, PageFilter filter, TimeBar bar, TaskCards cards);

        static native TemplateInstance page$live(
                TaskBoardView view, Replay replay, PageFilter filter, TimeBar bar, TaskCards cards);

        static native TemplateInstance card(TaskCard card);
    }

    private final TaskBoardProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;
    private final TimeBars bars;
    private final BoardChanges changes;
    private final TaskCards cards;

    @Inject
    public TaskBoardPage(
            TaskBoardProjection projection,
            ReplayNavigator replay,
            PageAnswers answers,
            TimeBars bars,
            BoardChanges changes,
            TaskCards cards) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
        this.bars = bars;
        this.changes = changes;
        this.cards = cards;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("at") String at,
            @QueryParam("q") String q,
            @QueryParam("lane") String lane,
            @QueryParam("repo") String repo,
            @QueryParam("agent") String agent,
            @QueryParam("span") String span,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageFilter filter = PageFilter.of(
                q,
                PageFilter.Facet.of("lane", "Lane", lane, PageFilter.words(Lane.values(), Lane::wire)),
                PageFilter.Facet.open("repo", "Repository", repo),
                PageFilter.Facet.open("agent", "Agent", agent));
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = filtered(projection.at(shown.at()), filter);
            // Cards have no state history of their own: the bar marks their pull requests' changes, and
            // their issues' and the agents' claims as the log holds them.
            var bar = bars.of(uri, span, shown, changes::between, SubjectKind.PR);
            return liveOnly
                    ? Templates.page$live(view, shown, filter, bar, cards)
                    : Templates.page(view, shown, filter, bar, cards);
        });
    }

    /** The cards that pass the filters, in their lanes; an agent is one assigned or claiming the card. */
    static TaskBoardView filtered(TaskBoardView view, PageFilter filter) {
        if (!filter.active()) {
            return view;
        }
        List<TaskBoardView.Column> lanes = view.lanes().stream()
                .map(column -> {
                    List<TaskCard> cards = filter.keep(
                            column.cards(),
                            c -> facet -> switch (facet) {
                                case "lane" -> List.of(c.lane().wire());
                                case "repo" -> List.of(c.repo());
                                default ->
                                    Stream.concat(c.assignees().stream(), c.claimedBy().stream())
                                            .toList();
                            },
                            c -> new Object[] {
                                c.repo() + "#" + c.number(),
                                c.title(),
                                c.labels(),
                                c.assignees(),
                                c.claimedBy(),
                                c.ambiguous(),
                                c.lane().wire()
                            });
                    return new TaskBoardView.Column(column.lane(), cards.size(), cards);
                })
                .toList();
        return new TaskBoardView(view.at(), view.source(), view.claims(), view.repositories(), lanes);
    }
}
