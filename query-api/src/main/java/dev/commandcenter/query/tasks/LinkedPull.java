package dev.commandcenter.query.tasks;

/**
 * A pull request linked to an issue (by a closing keyword in its body or on the timeline)
 * and open at the board's instant.
 */
public record LinkedPull(String subject, String repo, int number, String title, String htmlUrl, boolean draft) {
}
