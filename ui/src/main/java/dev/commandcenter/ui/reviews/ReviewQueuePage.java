package dev.commandcenter.ui.reviews;

import dev.commandcenter.query.Replay;
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
import jakarta.ws.rs.core.MediaType;

/** The review queue page: the same view record as {@code GET /api/views/review-queue}, same filters. */
@Path("/reviews")
public class ReviewQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ReviewQueueView view, Replay replay);
    }

    private final ReviewQueueProjection projection;
    private final ReplayNavigator replay;

    @Inject
    public ReviewQueuePage(ReviewQueueProjection projection, ReplayNavigator replay) {
        this.projection = projection;
        this.replay = replay;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("at") String at, @QueryParam("repo") String repo,
            @QueryParam("status") String status, @QueryParam("classification") String classification,
            @QueryParam("sort") String sort) {
        Replay shown = replay.locate(at);
        return Templates.page(projection.at(shown.at(),
                ReviewQueueResource.query(repo, status, classification, sort)), shown);
    }
}
