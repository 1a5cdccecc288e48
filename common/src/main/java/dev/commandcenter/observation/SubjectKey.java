package dev.commandcenter.observation;

/**
 * The kinds of subject key in the log, each a prefix and a name: {@code agent:<name>},
 * {@code gitea:pr:<owner/repo>#<number>}, … The collector writes them and the views read them
 * through this one type, so the two sides cannot spell a key differently; the strings are those the
 * log has always stored.
 */
public enum SubjectKey {
    /** An agent's heartbeat file, by agent name ({@code heartbeats}). */
    AGENT("agent:"),
    /** An agent's process, by agent name ({@code processes}). */
    PROCESS("process:"),
    /** A service or model health endpoint, by its configured name ({@code endpoints}). */
    ENDPOINT("endpoint:"),
    /** A collector host, by host id ({@code collector}). */
    COLLECTOR_HOST("collector:host:"),
    /** A Hermes cron job: {@code <home>/<job id>} ({@code hermes}). */
    CRON_JOB("cron:job:"),
    /** A Hermes home's gateway and ticker, by home name ({@code hermes}). */
    CRON_RUNNER("cron:runner:"),
    /** A Huey queue, by name ({@code huey}). */
    HUEY_QUEUE("huey:queue:"),
    /** A Huey consumer, by its log file's name ({@code huey}). */
    HUEY_CONSUMER("huey:consumer:"),
    /** A Huey periodic task, by task name ({@code huey}). */
    HUEY_PERIODIC("huey:periodic:"),
    /** A Gitea repository: {@code <owner/repo>} ({@code gitea}). */
    GITEA_REPO("gitea:repo:"),
    /** A Gitea pull request: {@code <owner/repo>#<number>} ({@code gitea}). */
    GITEA_PR("gitea:pr:"),
    /** A Gitea issue: {@code <owner/repo>#<number>} ({@code gitea}). */
    GITEA_ISSUE("gitea:issue:");

    /** What every Gitea subject key starts with: a read that took none of them leaves all unread. */
    public static final String EVERY_GITEA = "gitea:";

    private final String prefix;

    SubjectKey(String prefix) {
        this.prefix = prefix;
    }

    /** What every key of this kind starts with; also the scope "all of them" of a partial read. */
    public String prefix() {
        return prefix;
    }

    /** The key of the subject named {@code name}. */
    public String of(String name) {
        return prefix + name;
    }

    /** The key of a repository's pull request or issue: {@code <prefix><owner/repo>#<number>}. */
    public String of(String repo, int number) {
        return inRepo(repo) + number;
    }

    /** What the keys of a repository's pull requests or issues start with: {@code <prefix><owner/repo>#}. */
    public String inRepo(String repo) {
        return prefix + repo + "#";
    }

    /** Whether {@code subject} is a key of this kind. */
    public boolean matches(String subject) {
        return subject.startsWith(prefix);
    }

    /** The name in a key of this kind ({@code agent:ops} → {@code ops}). */
    public String nameOf(String subject) {
        return subject.substring(prefix.length());
    }

    /** {@code owner/repo} of a {@code gitea:pr:…} or {@code gitea:issue:…} key. */
    public static String repoOf(String subject) {
        String rest = subject.substring(subject.indexOf(':', EVERY_GITEA.length()) + 1);
        return rest.substring(0, rest.lastIndexOf('#'));
    }
}
