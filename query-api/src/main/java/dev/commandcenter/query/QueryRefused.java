package dev.commandcenter.query;

/**
 * A request refused before any view is computed. The application maps it to its status with a
 * {@link Problem} body (JSON under {@code /api}, a page elsewhere), never to a 500 or an empty answer.
 */
public class QueryRefused extends RuntimeException {

    private final transient Problem problem;

    private QueryRefused(ProblemKind kind, String parameter, String value, String accepted, String message) {
        super(message, null, false, false);
        this.problem = new Problem(kind.status(), parameter, value, accepted, message);
    }

    /** A parameter that is missing, malformed or out of range. */
    public static QueryRefused badParameter(String parameter, String value, String accepted, String message) {
        return new QueryRefused(ProblemKind.BAD_PARAMETER, parameter, value, accepted, message);
    }

    /** A parameter whose value is not one of {@code accepted}: the message says both. */
    public static QueryRefused notAccepted(String parameter, String value, String accepted) {
        return badParameter(parameter, value, accepted, parameter + "=" + value + " is not accepted: " + accepted);
    }

    /** A required parameter that was not sent. */
    public static QueryRefused missing(String parameter, String accepted) {
        return badParameter(parameter, null, accepted, parameter + " is required: " + accepted);
    }

    /** A subject the log has no trace of: said plainly rather than shown as an invented state. */
    public static QueryRefused neverSeen(String parameter, String value, String message) {
        return new QueryRefused(ProblemKind.NEVER_SEEN, parameter, value, null, message);
    }

    public Problem problem() {
        return problem;
    }
}
