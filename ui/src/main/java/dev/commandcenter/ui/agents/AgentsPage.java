package dev.commandcenter.ui.agents;

import dev.commandcenter.query.ViewInstant;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.agents.AgentHealthView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The agent health page: the same view record {@code /api/views/agent-health} returns. */
@Path("/agents")
public class AgentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agents(AgentHealthView view);
    }

    private final AgentHealthProjection projection;
    private final ViewInstant instant;

    @Inject
    public AgentsPage(AgentHealthProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance agents(@QueryParam("at") String at) {
        return Templates.agents(projection.at(instant.resolve(at)));
    }
}
