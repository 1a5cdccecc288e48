package dev.commandcenter.query.sources;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/sources")
public class SourcesResource {

    private final SourcesProjection projection;
    private final Clock clock;

    @Inject
    public SourcesResource(SourcesProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every known source with its last read and its freshness (live, stale, unknown, degraded)")
    public SourcesView sources() {
        return projection.at(clock.instant());
    }
}
