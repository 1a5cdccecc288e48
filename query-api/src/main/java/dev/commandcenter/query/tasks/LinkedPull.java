package dev.commandcenter.query.tasks;

/** An open pull request that refers to an issue, by a closing keyword or a mere mention ({@link IssueLinks}). */
public record LinkedPull(String subject, String repo, int number, String title, String htmlUrl, boolean draft) {}
