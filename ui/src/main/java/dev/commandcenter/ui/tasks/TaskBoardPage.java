package dev.commandcenter.ui.tasks;

import dev.commandcenter.query.Replay;
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
import jakarta.ws.rs.core.MediaType;

/** The task board page: the same view record as {@code GET /api/views/task-board}. */
@Path("/tasks")
public class TaskBoardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(TaskBoardView view, Replay replay);
    }

    private final TaskBoardProjection projection;
    private final ReplayNavigator replay;

    @Inject
    public TaskBoardPage(TaskBoardProjection projection, ReplayNavigator replay) {
        this.projection = projection;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("at") String at) {
        Replay shown = replay.locate(at);
        return Templates.page(projection.at(shown.at()), shown);
    }
}
