package dev.commandcenter.query.tasks;

import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/views/task-board")
public class TaskBoardResource {

    private final TaskBoardProjection projection;
    private final ViewInstant instant;

    @Inject
    public TaskBoardResource(TaskBoardProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open issues in lanes (unassigned, assigned, in progress, blocked, in review) from labels,"
                    + " assignees, linked pull requests and agent claims; cards whose signals disagree say so")
    public TaskBoardView taskBoard(@QueryParam("at") String at) {
        return projection.at(instant.resolve(at));
    }
}
