package dev.commandcenter.ui.cron;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.cron.CronStateView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The cron state page: the same view record {@code GET /api/views/cron-state} returns. */
@Path("/cron")
public class CronPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cron(CronStateView view, Replay replay);
    }

    private final CronStateProjection projection;
    private final ReplayNavigator replay;

    @Inject
    public CronPage(CronStateProjection projection, ReplayNavigator replay) {
        this.projection = projection;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance cron(@QueryParam("at") String at) {
        Replay shown = replay.locate(at);
        return Templates.cron(projection.at(shown.at()), shown);
    }
}
