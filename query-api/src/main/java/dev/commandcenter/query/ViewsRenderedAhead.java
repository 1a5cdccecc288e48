package dev.commandcenter.query;

import dev.commandcenter.query.agents.AgentHealthResource;
import dev.commandcenter.query.brief.BriefResource;
import dev.commandcenter.query.cron.CronStateResource;
import dev.commandcenter.query.reviews.ReviewQueueResource;
import dev.commandcenter.query.sources.SourcesResource;
import dev.commandcenter.query.tasks.TaskBoardResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders the JSON of the views at now that a client is watching, right after their snapshots are renewed,
 * so that no request renders one: the task board's rendering alone takes tens of milliseconds, paid before
 * by about one request in a hundred. A view nobody asked for within {@link #WATCHED} is not rendered:
 * an idle command center spends nothing on it. Each view is asked for exactly as its resource answers a
 * request without parameters.
 */
@ApplicationScoped
public class ViewsRenderedAhead {

    /** How recently a view must have been served at now to be rendered ahead. */
    static final Duration WATCHED = Duration.ofMinutes(1);

    private final ConditionalViews rendered;
    private final Map<String, Supplier<Object>> views;

    @Inject
    public ViewsRenderedAhead(
            ConditionalViews rendered,
            BriefResource brief,
            AgentHealthResource agents,
            ReviewQueueResource reviews,
            CronStateResource cron,
            TaskBoardResource tasks,
            SourcesResource sources) {
        this(rendered, new LinkedHashMap<>());
        views.put("/api/views/brief", () -> brief.brief(null));
        views.put("/api/views/agent-health", () -> agents.agentHealth(null));
        views.put("/api/views/review-queue", () -> reviews.reviewQueue(null, null, null, null, null));
        views.put("/api/views/cron-state", () -> cron.cronState(null));
        views.put("/api/views/task-board", () -> tasks.taskBoard(null));
        views.put("/api/sources", () -> sources.sources(null));
    }

    /** Over the given views at now, each by the path it is served at. */
    ViewsRenderedAhead(ConditionalViews rendered, Map<String, Supplier<Object>> views) {
        this.rendered = rendered;
        this.views = views;
    }

    /** Renders every watched view at now (computing its snapshot first if it is not fresh). */
    public void render() {
        views.forEach((path, view) -> {
            if (rendered.watched(path, WATCHED)) {
                rendered.renderAhead(view.get());
            }
        });
    }
}
