package dev.commandcenter.query.reviews;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The configured judgment rules, compiled once.
 *
 * @param sensitivePaths  globs of sensitive changed paths
 * @param policyLabels    label globs that call for judgment
 * @param blockedLabels   label globs that block merging
 * @param largeDiffLines  more changed lines than this need judgment
 * @param idleAfter       no activity for longer than this is stale
 */
public record ReviewPolicy(
        List<Pattern> sensitivePaths,
        List<Pattern> policyLabels,
        List<Pattern> blockedLabels,
        int largeDiffLines,
        Duration idleAfter) {

    public static ReviewPolicy from(GiteaViewConfig config) {
        return of(
                config.sensitivePaths(),
                config.policyLabels(),
                config.blockedLabels(),
                config.largeDiffLines(),
                config.prIdleAfter());
    }

    public static ReviewPolicy of(
            List<String> sensitivePaths,
            List<String> policyLabels,
            List<String> blockedLabels,
            int largeDiffLines,
            Duration idleAfter) {
        return new ReviewPolicy(
                Globs.compileAll(sensitivePaths),
                Globs.compileAll(policyLabels),
                Globs.compileAll(blockedLabels),
                largeDiffLines,
                idleAfter);
    }
}
