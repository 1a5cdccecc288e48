package dev.commandcenter.ui;

import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.sources.SourcesView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** The dashboard's pages, rendered from the same view records the REST API returns. */
@Path("/")
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(SourcesView view);
    }

    private final SourcesProjection sources;
    private final Clock clock;

    @Inject
    public DashboardResource(SourcesProjection sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(sources.at(clock.instant()));
    }
}
