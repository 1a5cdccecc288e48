package dev.commandcenter.ui.access;

/** The admission filter's decision on one request. */
public sealed interface Verdict {

    record Admitted(Viewer viewer) implements Verdict {}

    record Refused(String reason) implements Verdict {}
}
