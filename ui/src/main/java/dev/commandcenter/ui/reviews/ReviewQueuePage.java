package dev.commandcenter.ui.reviews;

import dev.commandcenter.query.ViewInstant;
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
        static native TemplateInstance page(ReviewQueueView view);
    }

    private final ReviewQueueProjection projection;
    private final ViewInstant instant;

    @Inject
    public ReviewQueuePage(ReviewQueueProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("at") String at, @QueryParam("repo") String repo,
            @QueryParam("status") String status, @QueryParam("classification") String classification,
            @QueryParam("sort") String sort) {
        return Templates.page(projection.at(instant.resolve(at),
                ReviewQueueResource.query(repo, status, classification, sort)));
    }
}
