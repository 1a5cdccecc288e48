package dev.commandcenter.ui.agents;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ReplayNavigator;
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
        static native TemplateInstance agents(AgentHealthView view, Replay replay);
    }

    private final AgentHealthProjection projection;
    private final ReplayNavigator replay;

    @Inject
    public AgentsPage(AgentHealthProjection projection, ReplayNavigator replay) {
        this.projection = projection;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance agents(@QueryParam("at") String at) {
        Replay shown = replay.locate(at);
        return Templates.agents(projection.at(shown.at()), shown);
    }
}
