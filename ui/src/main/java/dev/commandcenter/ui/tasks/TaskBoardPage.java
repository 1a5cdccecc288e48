package dev.commandcenter.ui.tasks;

import dev.commandcenter.query.Replay;
import dev.commandcenter.ui.live.PageAnswers;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.query.tasks.TaskBoardView;
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

/** The task board page: the same view record as {@code GET /api/views/task-board}. */
@Path("/tasks")
public class TaskBoardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(TaskBoardView view, Replay replay);

        static native TemplateInstance page$live(TaskBoardView view, Replay replay);
    }

    private final TaskBoardProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;

    @Inject
    public TaskBoardPage(TaskBoardProjection projection, ReplayNavigator replay, PageAnswers answers) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("at") String at, @Context HttpHeaders headers) {
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = projection.at(shown.at());
            return liveOnly ? Templates.page$live(view, shown) : Templates.page(view, shown);
        });
    }
}
