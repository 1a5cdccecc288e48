package dev.commandcenter.ui.agents;

import dev.commandcenter.query.Replay;
import dev.commandcenter.ui.live.PageAnswers;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The agent health page: the same view record {@code /api/views/agent-health} returns. */
@Path("/agents")
public class AgentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agents(AgentHealthView view, Replay replay);

        static native TemplateInstance agents$live(AgentHealthView view, Replay replay);
    }

    private final AgentHealthProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;

    @Inject
    public AgentsPage(AgentHealthProjection projection, ReplayNavigator replay, PageAnswers answers) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response agents(@QueryParam("at") String at, @Context HttpHeaders headers) {
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = projection.at(shown.at());
            return liveOnly ? Templates.agents$live(view, shown) : Templates.agents(view, shown);
        });
    }
}
