package dev.commandcenter.query.brief;

import dev.commandcenter.query.ReplayNavigator;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/views/brief")
public class BriefResource {

    private final BriefProjection brief;
    private final ReplayNavigator replay;

    @Inject
    public BriefResource(BriefProjection brief, ReplayNavigator replay) {
        this.brief = brief;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Overall health and every area that is not green, each item linked to the row that caused it")
    public BriefStatus brief(@QueryParam("at") String at) {
        return brief.at(replay.locate(at));
    }
}
