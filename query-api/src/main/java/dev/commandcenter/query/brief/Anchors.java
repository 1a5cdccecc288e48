package dev.commandcenter.query.brief;

/** The HTML id of a view row, shared by the pages that render rows and the brief that links to them. */
public final class Anchors {

    private Anchors() {
    }

    /** {@code gitea:pr:acme/tools#42} → {@code gitea-pr-acme-tools-42}: safe in an id and a URL fragment. */
    public static String of(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
