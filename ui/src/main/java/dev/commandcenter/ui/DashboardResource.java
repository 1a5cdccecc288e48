package dev.commandcenter.ui;

import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.BriefStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.sources.SourcesView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The dashboard's pages, rendered from the same view records the REST API returns. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(SourcesView view);

        static native TemplateInstance brief(BriefStatus view);
    }

    private final SourcesProjection sources;
    private final BriefProjection brief;
    private final ReplayNavigator replay;

    @Inject
    public DashboardResource(SourcesProjection sources, BriefProjection brief, ReplayNavigator replay) {
        this.sources = sources;
        this.brief = brief;
        this.replay = replay;
    }

    @GET
    public TemplateInstance brief(@QueryParam("at") String at) {
        return Templates.brief(brief.at(replay.locate(at)));
    }

    @GET
    @Path("sources")
    public TemplateInstance sources(@QueryParam("at") String at) {
        return Templates.sources(sources.at(replay.locate(at)));
    }
}
