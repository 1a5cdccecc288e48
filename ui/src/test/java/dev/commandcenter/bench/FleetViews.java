package dev.commandcenter.bench;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.ViewInstant;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.brief.AgentsBrief;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.CronBrief;
import dev.commandcenter.query.brief.QueueBrief;
import dev.commandcenter.query.brief.ReviewsBrief;
import dev.commandcenter.query.brief.SourcesBrief;
import dev.commandcenter.query.cron.CronStateConfig;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.tasks.TaskBoardConfig;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.sim.BriefContributors;
import dev.commandcenter.testing.TestConfigs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The five views, constructed as the application wires them (defaults of every setting), computed
 * straight from a {@link LogReader}: what a request pays minus HTTP and rendering.
 */
public final class FleetViews {

    public final Map<String, Function<Instant, Object>> views;

    public FleetViews(LogReader reader) {
        SourcesProjection sources = new SourcesProjection(reader);
        GiteaViewConfig gitea = TestConfigs.of(GiteaViewConfig.class, Map.of());
        ReviewQueueProjection reviews = new ReviewQueueProjection(reader, sources, gitea, FlappingSubjects.NONE);
        TaskBoardProjection tasks =
                new TaskBoardProjection(reader, sources, TestConfigs.of(TaskBoardConfig.class, Map.of()));
        CronStateProjection cron = new CronStateProjection(
                reader, sources, TestConfigs.of(CronStateConfig.class, Map.of()), FlappingSubjects.NONE);
        AgentHealthProjection agents = new AgentHealthProjection(reader, sources);
        BriefProjection brief = new BriefProjection(new BriefContributors(List.of(
                new AgentsBrief(agents),
                new ReviewsBrief(reviews),
                new QueueBrief(cron, tasks),
                new CronBrief(cron),
                new SourcesBrief(sources))));
        views = new LinkedHashMap<>();
        views.put("brief", at -> brief.at(navigator(reader, at).locate(at.toString())));
        views.put("review-queue", at -> reviews.at(at, ReviewQueueQuery.ALL));
        views.put("task-board", tasks::at);
        views.put("cron-state", cron::at);
        views.put("agent-health", agents::at);
    }

    private static ReplayNavigator navigator(LogReader reader, Instant now) {
        return new ReplayNavigator(new ViewInstant(Clock.fixed(now.plusSeconds(1), ZoneOffset.UTC)), reader);
    }
}
