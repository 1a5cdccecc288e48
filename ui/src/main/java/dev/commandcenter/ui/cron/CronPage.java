package dev.commandcenter.ui.cron;

import dev.commandcenter.query.Replay;
import dev.commandcenter.ui.live.PageAnswers;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The cron state page: the same view record {@code GET /api/views/cron-state} returns. */
@Path("/cron")
public class CronPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cron(CronStateView view, Replay replay);

        static native TemplateInstance cron$live(CronStateView view, Replay replay);
    }

    private final CronStateProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;

    @Inject
    public CronPage(CronStateProjection projection, ReplayNavigator replay, PageAnswers answers) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response cron(@QueryParam("at") String at, @Context HttpHeaders headers) {
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = projection.at(shown.at());
            return liveOnly ? Templates.cron$live(view, shown) : Templates.cron(view, shown);
        });
    }
}
