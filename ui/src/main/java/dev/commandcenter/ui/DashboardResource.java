package dev.commandcenter.ui;

import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.BriefStatus;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.history.Timelines;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    /** How far back the state strips on the sources page reach. */
    static final Duration STRIP_WINDOW = Duration.ofHours(24);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(SourcesView view, Map<String, StateStrip> strips);

        static native TemplateInstance brief(BriefStatus view);
    }

    private final SourcesProjection sources;
    private final BriefProjection brief;
    private final ReplayNavigator replay;
    private final Timelines timelines;

    @Inject
    public DashboardResource(SourcesProjection sources, BriefProjection brief, ReplayNavigator replay,
            Timelines timelines) {
        this.sources = sources;
        this.brief = brief;
        this.replay = replay;
        this.timelines = timelines;
    }

    @GET
    public TemplateInstance brief(@QueryParam("at") String at) {
        return Templates.brief(brief.at(replay.locate(at)));
    }

    @GET
    @Path("sources")
    public TemplateInstance sources(@QueryParam("at") String at) {
        SourcesView view = sources.at(replay.locate(at));
        Instant to = view.replay().at();
        Instant from = to.minus(STRIP_WINDOW);
        Map<String, StateStrip> strips = new HashMap<>();
        for (var status : view.sources()) {
            strips.computeIfAbsent(status.source(), source -> StateStrip.of(
                    timelines.transitions(SubjectKind.SOURCE, Optional.of(source), from, to), from, to));
        }
        return Templates.sources(view, strips);
    }
}
