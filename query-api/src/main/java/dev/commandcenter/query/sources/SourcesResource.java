package dev.commandcenter.query.sources;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import dev.commandcenter.query.ViewInstant;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/sources")
public class SourcesResource {

    private final SourcesProjection projection;
    private final ViewInstant instant;

    @Inject
    public SourcesResource(SourcesProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every known source with its last read and its freshness (live, stale, unknown, degraded)")
    public SourcesView sources(@QueryParam("at") String at) {
        return projection.at(instant.resolve(at));
    }
}
