package dev.commandcenter.query.tasks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * How the task board places Gitea's issues ({@code command-center.gitea.*}, the same prefix as the
 * review queue's settings, so that all of Gitea is configured in one section). Label patterns may
 * hold {@code <agent>}, which matches an agent's name; {@code *} matches anything.
 */
@ConfigMapping(prefix = "command-center.gitea")
public interface TaskBoardConfig {

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
