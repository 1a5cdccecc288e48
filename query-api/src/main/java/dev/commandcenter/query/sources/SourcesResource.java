package dev.commandcenter.query.sources;

import dev.commandcenter.query.ReplayNavigator;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/sources")
public class SourcesResource {

    private final SourcesProjection projection;
    private final ReplayNavigator replay;

    @Inject
    public SourcesResource(SourcesProjection projection, ReplayNavigator replay) {
        this.projection = projection;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every known source with its last read and its freshness (live, stale, unknown, degraded)")
    public SourcesView sources(@QueryParam("at") String at) {
        return projection.at(replay.locate(at));
    }
}
