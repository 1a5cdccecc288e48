package dev.commandcenter.query.agents;

import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/views/agent-health")
public class AgentHealthResource {

    private final AgentHealthProjection projection;
    private final ViewInstant instant;

    @Inject
    public AgentHealthResource(AgentHealthProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every agent's state (up, down, degraded, idle, busy, rate-limited, stuck, wrong-work, unknown)"
                    + " with its claim, model, failure mode and evidence, and every service endpoint's health")
    public AgentHealthView agentHealth(@QueryParam("at") String at) {
        return projection.at(instant.resolve(at));
    }
}
