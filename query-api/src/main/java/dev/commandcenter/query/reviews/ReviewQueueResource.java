package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;
import dev.commandcenter.query.QueryRefused;
import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
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
    @Operation(
            summary = "Open pull requests with review state, CI, blockers, sensitive surface, classification and"
                    + " status; totals per status; per-repository freshness")
    public ReviewQueueView reviewQueue(
            @QueryParam("at") String at,
            @QueryParam("repo") String repo,
            @QueryParam("status") String status,
            @QueryParam("classification") String classification,
            @QueryParam("sort") String sort) {
        return projection.at(instant.resolve(at), query(repo, status, classification, sort));
    }

    /** Parses the filters; an unknown value is a 400 naming the parameter and what it accepts, never an empty list. */
    public static ReviewQueueQuery query(String repo, String status, String classification, String sort) {
        ReviewStatus byStatus = filter("status", ReviewStatus.class, status);
        Classification byClass = filter("classification", Classification.class, classification);
        try {
            return new ReviewQueueQuery(repo, byStatus, byClass, sort);
        } catch (IllegalArgumentException e) {
            throw QueryRefused.notAccepted("sort", sort, "one of " + String.join(", ", ReviewQueueQuery.SORTS));
        }
    }

    private static <E extends Enum<E> & WireName> E filter(String parameter, Class<E> type, String value) {
        try {
            return WireName.parse(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(WireName::wire).toList();
            throw QueryRefused.notAccepted(parameter, value, "one of " + String.join(", ", names));
        }
    }
}
