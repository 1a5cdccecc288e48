package dev.commandcenter.collector.gitea;

import dev.commandcenter.observation.SubjectKey;

/**
 * One repository to read.
 *
 * @param fullName   {@code owner/repo}
 * @param pulls      whether the repository has pull requests enabled (unknown counts as yes)
 * @param issues     whether it has its own issue tracker enabled (unknown counts as yes)
 */
record RepoTarget(String fullName, boolean pulls, boolean issues) {

    String pullScope() {
        return SubjectKey.GITEA_PR.inRepo(fullName);
    }

    String issueScope() {
        return SubjectKey.GITEA_ISSUE.inRepo(fullName);
    }
}
