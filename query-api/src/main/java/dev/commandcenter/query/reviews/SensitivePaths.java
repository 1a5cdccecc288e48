package dev.commandcenter.query.reviews;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.commandcenter.fact.PullRequestFact;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The changed paths of a pull request that match the sensitive globs, in the order the request lists
 * them. Remembered per decoded fact (by identity, weakly): the facts of unchanged pull requests are the
 * same objects from one view to the next, and matching every changed path against every glob was a fifth
 * of a replayed brief on the simulated fleet.
 */
final class SensitivePaths {

    private final List<Pattern> globs;
    private final Cache<PullRequestFact, List<String>> byFact =
            Caffeine.newBuilder().weakKeys().maximumSize(50_000).build();

    SensitivePaths(List<Pattern> globs) {
        this.globs = globs;
    }

    List<String> of(PullRequestFact pr) {
        return globs.isEmpty() ? List.of() : byFact.get(pr, this::matching);
    }

    private List<String> matching(PullRequestFact pr) {
        List<String> sensitive = new ArrayList<>();
        for (PullRequestFact.ChangedFile file : pr.changedFiles()) {
            for (String path : new String[] {file.name(), file.previousName()}) {
                if (path != null && !path.isEmpty() && Globs.anyMatches(globs, path) && !sensitive.contains(path)) {
                    sensitive.add(path);
                }
            }
        }
        return List.copyOf(sensitive);
    }
}
