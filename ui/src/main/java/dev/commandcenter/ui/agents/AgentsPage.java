package dev.commandcenter.ui.agents;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.agents.AgentHealthView;
import dev.commandcenter.query.agents.AgentState;
import dev.commandcenter.query.brief.Anchors;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.ui.DrawnStrips;
import dev.commandcenter.ui.Strips;
import dev.commandcenter.ui.filters.PageFilter;
import dev.commandcenter.ui.live.PageAnswers;
import dev.commandcenter.ui.replay.TimeBar;
import dev.commandcenter.ui.replay.TimeBars;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The agent health page: the same view record {@code /api/views/agent-health} returns. */
@Path("/agents")
public class AgentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agents(
                AgentHealthView view, Replay replay, PageFilter filter, DrawnStrips strips, TimeBar bar);

        static native TemplateInstance agents$live(
                AgentHealthView view, Replay replay, PageFilter filter, DrawnStrips strips, TimeBar bar);
    }

    private final AgentHealthProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;
    private final Strips strips;
    private final TimeBars bars;

    @Inject
    public AgentsPage(
            AgentHealthProjection projection,
            ReplayNavigator replay,
            PageAnswers answers,
            Strips strips,
            TimeBars bars) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
        this.strips = strips;
        this.bars = bars;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response agents(
            @QueryParam("at") String at,
            @QueryParam("q") String q,
            @QueryParam("state") String state,
            @QueryParam("span") String span,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageFilter filter = PageFilter.of(
                q,
                PageFilter.Facet.of("state", "State", state, PageFilter.words(AgentState.values(), AgentState::wire)));
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = filtered(projection.at(shown.at()), filter);
            var drawn = strips.of(SubjectKind.AGENT, shown.at(), "/agents", name -> "agent-" + Anchors.of(name));
            var bar = bars.of(uri, span, shown, SubjectKind.AGENT);
            return liveOnly
                    ? Templates.agents$live(view, shown, filter, drawn, bar)
                    : Templates.agents(view, shown, filter, drawn, bar);
        });
    }

    /** The agents and services that pass the filters; the inputs stay whole. */
    static AgentHealthView filtered(AgentHealthView view, PageFilter filter) {
        return new AgentHealthView(
                view.at(),
                filter.keep(view.agents(), a -> facet -> List.of(a.state().wire()), a -> new Object[] {
                    a.name(),
                    a.state().wire(),
                    a.reason(),
                    a.model(),
                    a.provider(),
                    a.claim() == null ? null : a.claim().ref(),
                    a.failureMode() == null ? null : a.failureMode().wire()
                }),
                filter.keep(view.services(), e -> facet -> List.of(e.state().wire()), e ->
                        new Object[] {e.name(), e.url(), e.reason(), e.state().wire()}),
                view.sources());
    }
}
