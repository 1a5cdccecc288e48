package dev.commandcenter.collector.gitea;

/**
 * One repository to read.
 *
 * @param fullName   {@code owner/repo}
 * @param pulls      whether the repository has pull requests enabled (unknown counts as yes)
 * @param issues     whether it has its own issue tracker enabled (unknown counts as yes)
 */
record RepoTarget(String fullName, boolean pulls, boolean issues) {

    String pullScope() {
        return "gitea:pr:" + fullName + "#";
    }

    String issueScope() {
        return "gitea:issue:" + fullName + "#";
    }
}
