package dev.commandcenter.query.reviews;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * How the review queue judges what Gitea showed ({@code command-center.gitea.*}, the same prefix as
 * the collector's reading settings and the task board's). Label patterns: {@code *} matches anything.
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
}
