package dev.commandcenter.query.reviews;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the review queue and the task board judge what Gitea showed ({@code command-center.gitea.*},
 * the same prefix as the collector's reading settings). Label patterns may hold {@code <agent>},
 * which matches an agent's name; {@code *} matches anything.
 */
@ConfigMapping(prefix = "command-center.gitea")
public interface GiteaViewConfig {

    /** Globs of changed paths that make a pull request touch a sensitive surface ({@code **} spans directories). */
    @WithDefault("deploy/**,**/deploy/**,.gitea/workflows/**,.github/workflows/**,**/*auth*/**,**/*auth*,"
            + "**/*secret*,**/*credential*,**/*.pem,**/*.key,**/migrations/**,**/db/migration/**,**/Dockerfile")
    List<String> sensitivePaths();

    /** Labels that call for the operator's judgment, whatever the diff. */
    @WithDefault("area/security,needs-judgment,policy/*")
    List<String> policyLabels();

    /** Labels that block a pull request from merging. */
    @WithDefault("blocked,do-not-merge")
    List<String> blockedLabels();

    /** A pull request changing more lines than this needs the operator's judgment. */
    @WithDefault("500")
    int largeDiffLines();

    /** An open pull request without activity for longer than this is stale. */
    @WithDefault("72h")
    Duration prIdleAfter();

    /** Label patterns that put an issue in a lane of the task board. */
    Lanes lanes();

    /** Gitea login of each agent whose name differs from it: {@code agent-logins."<agent>"=<login>}. */
    Map<String, String> agentLogins();

    /** Label patterns per lane. */
    interface Lanes {
        /** Labels meaning "assigned to an agent, not started". */
        @WithDefault("assigned-<agent>")
        List<String> assigned();

        /** Labels meaning "being worked on". */
        @WithDefault("in-progress,<agent>-in-progress")
        List<String> inProgress();

        /** Labels meaning "blocked". */
        @WithDefault("blocked")
        List<String> blocked();

        /** Labels meaning "waiting for review". */
        @WithDefault("in-review,<agent>-ready,<agent>-done")
        List<String> inReview();
    }
}
