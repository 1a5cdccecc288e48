package dev.commandcenter.ui;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.Anchors;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.BriefStatus;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.sources.SourcesView;
import dev.commandcenter.ui.brief.BriefFilter;
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

/** The dashboard's pages, rendered from the same view records the REST API returns. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(SourcesView view, DrawnStrips strips, PageFilter filter, TimeBar bar);

        static native TemplateInstance sources$live(
                SourcesView view, DrawnStrips strips, PageFilter filter, TimeBar bar);

        static native TemplateInstance brief(BriefStatus view, PageFilter filter, TimeBar bar);

        static native TemplateInstance brief$live(BriefStatus view, PageFilter filter, TimeBar bar);
    }

    private final SourcesProjection sources;
    private final BriefProjection brief;
    private final ReplayNavigator replay;
    private final Strips strips;
    private final PageAnswers answers;
    private final TimeBars bars;

    @Inject
    public DashboardResource(
            SourcesProjection sources,
            BriefProjection brief,
            ReplayNavigator replay,
            Strips strips,
            PageAnswers answers,
            TimeBars bars) {
        this.sources = sources;
        this.brief = brief;
        this.replay = replay;
        this.strips = strips;
        this.answers = answers;
        this.bars = bars;
    }

    @GET
    public Response brief(
            @QueryParam("at") String at,
            @QueryParam("q") String q,
            @QueryParam("health") String health,
            @QueryParam("area") String area,
            @QueryParam("span") String span,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageFilter filter = BriefFilter.of(q, health, area);
        return answers.answer(headers, at, liveOnly -> {
            BriefStatus view = BriefFilter.filtered(brief.at(replay.locate(at)), filter);
            TimeBar bar = bars.of(uri, span, view.replay(), SubjectKind.values());
            return liveOnly ? Templates.brief$live(view, filter, bar) : Templates.brief(view, filter, bar);
        });
    }

    @GET
    @Path("sources")
    public Response sources(
            @QueryParam("at") String at,
            @QueryParam("q") String q,
            @QueryParam("state") String state,
            @QueryParam("span") String span,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageFilter filter = PageFilter.of(
                q,
                PageFilter.Facet.of(
                        "state", "Freshness", state, PageFilter.words(Freshness.values(), Freshness::wire)));
        return answers.answer(headers, at, liveOnly -> sourcesPage(at, filter, liveOnly, uri, span));
    }

    private TemplateInstance sourcesPage(String at, PageFilter filter, boolean liveOnly, UriInfo uri, String span) {
        SourcesView all = sources.at(replay.locate(at));
        SourcesView view = new SourcesView(
                all.replay(),
                filter.keep(all.sources(), s -> facet -> List.of(s.freshness().wire()), s -> new Object[] {
                    s.source(),
                    s.label(),
                    s.reason(),
                    s.freshness().wire(),
                    s.lastRead() == null ? null : s.lastRead().host()
                }),
                all.logProblems());
        DrawnStrips strips = this.strips.of(
                SubjectKind.SOURCE, view.replay().at(), "/sources", source -> "source-" + Anchors.of(source));
        TimeBar bar = bars.of(uri, span, view.replay(), SubjectKind.SOURCE);
        return liveOnly
                ? Templates.sources$live(view, strips, filter, bar)
                : Templates.sources(view, strips, filter, bar);
    }
}
