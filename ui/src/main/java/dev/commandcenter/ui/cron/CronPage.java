package dev.commandcenter.ui.cron;

import dev.commandcenter.query.Replay;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.Anchors;
import dev.commandcenter.query.cron.ActualState;
import dev.commandcenter.query.cron.CronDrift;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.cron.CronStateView;
import dev.commandcenter.query.history.SubjectKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cron state page: the same view record {@code GET /api/views/cron-state} returns. */
@Path("/cron")
public class CronPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cron(
                CronStateView view, Replay replay, PageFilter filter, DrawnStrips strips, TimeBar bar);

        static native TemplateInstance cron$live(
                CronStateView view, Replay replay, PageFilter filter, DrawnStrips strips, TimeBar bar);
    }

    private final CronStateProjection projection;
    private final ReplayNavigator replay;
    private final PageAnswers answers;
    private final Strips strips;
    private final TimeBars bars;

    @Inject
    public CronPage(
            CronStateProjection projection, ReplayNavigator replay, PageAnswers answers, Strips strips, TimeBars bars) {
        this.projection = projection;
        this.replay = replay;
        this.answers = answers;
        this.strips = strips;
        this.bars = bars;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response cron(
            @QueryParam("at") String at,
            @QueryParam("q") String q,
            @QueryParam("drift") String drift,
            @QueryParam("state") String state,
            @QueryParam("span") String span,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageFilter filter = PageFilter.of(
                q,
                PageFilter.Facet.of("drift", "Drift", drift, PageFilter.words(CronDrift.values(), CronDrift::wire)),
                PageFilter.Facet.of(
                        "state", "Actual state", state, PageFilter.words(ActualState.values(), ActualState::wire)));
        return answers.answer(headers, at, liveOnly -> {
            Replay shown = replay.locate(at);
            var view = filtered(projection.at(shown.at()), filter);
            Map<String, String> rows = new HashMap<>();
            view.jobs().forEach(j -> rows.put(j.subject(), "job-" + Anchors.of(j.home()) + "-" + Anchors.of(j.job())));
            var drawn = strips.of(SubjectKind.JOB, shown.at(), "/cron", subject -> rows.getOrDefault(subject, ""));
            var bar = bars.of(uri, span, shown, SubjectKind.JOB);
            return liveOnly
                    ? Templates.cron$live(view, shown, filter, drawn, bar)
                    : Templates.cron(view, shown, filter, drawn, bar);
        });
    }

    /** The jobs that pass the filters (a job matches a drift kind it shows among several); runners and queues stay whole. */
    static CronStateView filtered(CronStateView view, PageFilter filter) {
        return new CronStateView(
                view.at(),
                view.sources(),
                filter.keep(
                        view.jobs(),
                        j -> facet -> switch (facet) {
                            case "drift" ->
                                j.drifts().isEmpty()
                                        ? List.of(j.drift().wire())
                                        : j.drifts().stream()
                                                .map(CronDrift::wire)
                                                .toList();
                            default -> List.of(j.actual().wire());
                        },
                        j -> new Object[] {
                            j.name(),
                            j.job(),
                            j.home(),
                            j.schedule(),
                            j.reason(),
                            j.lastResult(),
                            j.drift().wire(),
                            j.actual().wire(),
                            j.evidence()
                        }),
                view.runners(),
                view.queues(),
                view.consumers(),
                view.drifting());
    }
}
