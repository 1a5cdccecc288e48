package dev.commandcenter.ui.reviews;

import dev.commandcenter.query.Replay;
import dev.commandcenter.ui.live.PageAnswers;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueResource;
import dev.commandcenter.query.reviews.ReviewQueueView;
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

/** The review queue page: the same view record as {@code GET /api/views/review-queue}, same filters. */
@Path("/reviews")
public class ReviewQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ReviewQueueView view, Replay replay);

        static native TemplateInstance page$live(ReviewQueueView view, Replay replay);
    }

    private final ReviewQueueProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;

    @Inject
    public ReviewQueuePage(ReviewQueueProjection projection, ReplayNavigator replay, PageAnswers answers) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("at") String at, @QueryParam("repo") String repo,
            @QueryParam("status") String status, @QueryParam("classification") String classification,
            @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = projection.at(shown.at(), ReviewQueueResource.query(repo, status, classification, sort));
            return liveOnly ? Templates.page$live(view, shown) : Templates.page(view, shown);
        });
    }
}
