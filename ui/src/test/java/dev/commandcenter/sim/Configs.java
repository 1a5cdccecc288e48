package dev.commandcenter.sim;

import dev.commandcenter.query.cron.CronStateConfig;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.tasks.TaskBoardConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The views' settings at the defaults the application ships, for views wired by hand. */
public final class Configs {

    private Configs() {
    }

    /** The review queue's settings at their defaults. */
    public static final class Gitea implements GiteaViewConfig {
        public List<String> sensitivePaths() {
            return List.of("deploy/**", "**/deploy/**", ".gitea/workflows/**", ".github/workflows/**", "**/*auth*/**",
                    "**/*auth*", "**/*secret*", "**/*credential*", "**/*.pem", "**/*.key", "**/migrations/**",
                    "**/db/migration/**", "**/Dockerfile");
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
    }

    /** The task board's settings at their defaults. */
    public static final class TaskBoard implements TaskBoardConfig {
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
    }

    /** The cron view's settings at their defaults. */
    public static final class Cron implements CronStateConfig {
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
    }
}
