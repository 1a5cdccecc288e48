package dev.commandcenter.query.reviews;

import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/views/review-queue")
public class ReviewQueueResource {

    private final ReviewQueueProjection projection;
    private final ViewInstant instant;

    @Inject
    public ReviewQueueResource(ReviewQueueProjection projection, ViewInstant instant) {
        this.projection = projection;
        this.instant = instant;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open pull requests with review state, CI, blockers, sensitive surface, classification and"
            + " status; totals per status; per-repository freshness")
    public ReviewQueueView reviewQueue(@QueryParam("at") String at, @QueryParam("repo") String repo,
            @QueryParam("status") String status, @QueryParam("classification") String classification,
            @QueryParam("sort") String sort) {
        return projection.at(instant.resolve(at), query(repo, status, classification, sort));
    }

    /** Parses the filters; an unknown value is a 400 naming it, never an empty list. */
    public static ReviewQueueQuery query(String repo, String status, String classification, String sort) {
        try {
            return new ReviewQueueQuery(repo, Wire.parse(ReviewStatus.class, status),
                    Wire.parse(Classification.class, classification), sort);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
                    .entity("unknown filter value: " + e.getMessage() + "\n").build());
        }
    }
}
