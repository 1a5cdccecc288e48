package dev.commandcenter.ui.reviews;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.Anchors;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.reviews.Classification;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueResource;
import dev.commandcenter.query.reviews.ReviewQueueView;
import dev.commandcenter.query.reviews.ReviewStatus;
import dev.commandcenter.ui.DrawnStrips;
import dev.commandcenter.ui.Strips;
import dev.commandcenter.ui.filters.PageFilter;
import dev.commandcenter.ui.live.PageAnswers;
import dev.commandcenter.ui.replay.TimeBar;
import dev.commandcenter.ui.replay.TimeBars;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The review queue page: the same view record as {@code GET /api/views/review-queue}, same filters. */
@Path("/reviews")
public class ReviewQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(
                ReviewQueueView view, Replay replay, PageFilter filter, DrawnStrips strips, TimeBar bar);

        static native TemplateInstance page$live(
                ReviewQueueView view, Replay replay, PageFilter filter, DrawnStrips strips, TimeBar bar);
    }

    private final ReviewQueueProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;
    private final Strips strips;
    private final TimeBars bars;

    @Inject
    public ReviewQueuePage(
            ReviewQueueProjection projection,
            ReplayNavigator replay,
            PageAnswers answers,
            Strips strips,
            TimeBars bars) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
        this.strips = strips;
        this.bars = bars;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("at") String at,
            @QueryParam("repo") String repo,
            @QueryParam("status") String status,
            @QueryParam("classification") String classification,
            @QueryParam("sort") String sort,
            @QueryParam("q") String q,
            @QueryParam("span") String span,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        var query = ReviewQueueResource.query(repo, status, classification, sort);
        PageFilter filter = PageFilter.of(
                q,
                PageFilter.Facet.open("repo", "Repository", repo),
                PageFilter.Facet.of(
                        "status", "Status", status, PageFilter.words(ReviewStatus.values(), ReviewStatus::wire)),
                PageFilter.Facet.of(
                        "classification",
                        "Judgment",
                        classification,
                        PageFilter.words(Classification.values(), Classification::wire)));
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = searched(projection.at(shown.at(), query), filter);
            var drawn = strips.of(SubjectKind.PR, shown.at(), "/reviews", Anchors::of);
            var bar = bars.of(uri, span, shown, SubjectKind.PR);
            return liveOnly
                    ? Templates.page$live(view, shown, filter, drawn, bar)
                    : Templates.page(view, shown, filter, drawn, bar);
        });
    }

    /** The view's own filters (repository, status, judgment) are applied by the projection; the words here. */
    static ReviewQueueView searched(ReviewQueueView view, PageFilter filter) {
        if (filter.q().isEmpty()) {
            return view;
        }
        PageFilter words = PageFilter.of(filter.q());
        return new ReviewQueueView(
                view.at(),
                view.source(),
                view.repositories(),
                view.totals(),
                view.byClassification(),
                view.filter(),
                words.keep(view.rows(), r -> facet -> List.of(), r -> new Object[] {
                    r.repo() + "#" + r.number(),
                    r.title(),
                    r.author(),
                    r.labels(),
                    r.status().wire(),
                    r.classification().wire()
                }));
    }
}
