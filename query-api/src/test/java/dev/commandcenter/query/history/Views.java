package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.brief.SourcesBrief;
import dev.commandcenter.query.cron.CronStateConfig;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.tasks.TaskBoardConfig;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.testing.TestConfigs;
import java.util.Map;
import javax.sql.DataSource;

/** Every view and timeline over one log, wired as the application wires them, with the default settings. */
final class Views {

    final SourcesProjection sources;
    final AgentHealthProjection agents;
    final CronStateProjection cron;
    final ReviewQueueProjection reviews;
    final TaskBoardProjection tasks;
    final SourcesBrief brief;
    final AgentTimeline agentTimeline;
    final JobTimeline jobTimeline;
    final PullRequestTimeline prTimeline;

    Views(DataSource db, FlappingRule rule) {
        LogReader log = new LogReader(db);
        sources = new SourcesProjection(log);
        ChangeInstants changes = new ChangeInstants(log, new SourceTimeline(log, sources));
        FlappingMarks flapping = new FlappingMarks(changes, rule, log);
        agents = new AgentHealthProjection(log, sources, flapping);
        cron = new CronStateProjection(log, sources, cronConfig(), flapping);
        reviews = new ReviewQueueProjection(log, sources, giteaConfig(), flapping);
        tasks = new TaskBoardProjection(log, sources, taskBoardConfig());
        brief = new SourcesBrief(sources);
        agentTimeline = new AgentTimeline(changes, agents, log);
        jobTimeline = new JobTimeline(changes, cron);
        prTimeline = new PullRequestTimeline(changes, reviews);
    }

    static CronStateConfig cronConfig() {
        return TestConfigs.of(CronStateConfig.class, Map.of());
    }

    static GiteaViewConfig giteaConfig() {
        return TestConfigs.of(GiteaViewConfig.class, Map.of());
    }

    static TaskBoardConfig taskBoardConfig() {
        return TestConfigs.of(TaskBoardConfig.class, Map.of());
    }
}
