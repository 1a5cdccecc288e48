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
import java.time.Duration;
import java.util.List;
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
        return new CronStateConfig() {
            public Duration pausedUnnoticedAfter() {
                return Duration.ofHours(24);
            }

            public Duration overdueGrace() {
                return Duration.ofMinutes(2);
            }

            public int failingRuns() {
                return 1;
            }

            public int failingIntervals() {
                return 3;
            }

            public Duration tickerStaleAfter() {
                return Duration.ofSeconds(200);
            }

            public Duration errorWindow() {
                return Duration.ofHours(24);
            }
        };
    }

    static GiteaViewConfig giteaConfig() {
        return new GiteaViewConfig() {
            public List<String> sensitivePaths() {
                return List.of("deploy/**", "**/migrations/**");
            }

            public List<String> policyLabels() {
                return List.of("area/security", "needs-judgment", "policy/*");
            }

            public List<String> blockedLabels() {
                return List.of("blocked", "do-not-merge");
            }

            public int largeDiffLines() {
                return 500;
            }

            public Duration prIdleAfter() {
                return Duration.ofHours(72);
            }
        };
    }

    static TaskBoardConfig taskBoardConfig() {
        return new TaskBoardConfig() {
            public Lanes lanes() {
                return new Lanes() {
                    public List<String> assigned() {
                        return List.of("assigned-<agent>");
                    }

                    public List<String> inProgress() {
                        return List.of("in-progress", "<agent>-in-progress");
                    }

                    public List<String> blocked() {
                        return List.of("blocked");
                    }

                    public List<String> inReview() {
                        return List.of("in-review", "<agent>-ready", "<agent>-done");
                    }
                };
            }

            public Map<String, String> agentLogins() {
                return Map.of();
            }
        };
    }
}
