package dev.commandcenter.query;

/** The kinds of request the command center refuses to answer as asked, each with its HTTP status. */
public enum ProblemKind {
    /** A parameter is missing, malformed or out of range. */
    BAD_PARAMETER(400),
    /** The subject asked about was never seen: there is no history to tell, and none is invented. */
    NEVER_SEEN(404);

    private final int status;

    ProblemKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
