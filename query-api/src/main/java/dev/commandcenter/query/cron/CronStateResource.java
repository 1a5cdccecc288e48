package dev.commandcenter.query.cron;

import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/views/cron-state")
public class CronStateResource {

    private final CronStateProjection projection;
    private final ViewInstant instant;

    @Inject
    public CronStateResource(CronStateProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Scheduled jobs with desired vs actual state and drift (runner-absent, paused-unnoticed,"
                    + " overdue, failing), their runners, and Huey queue pressure")
    public CronStateView cronState(@QueryParam("at") String at) {
        return projection.at(instant.resolve(at));
    }
}
