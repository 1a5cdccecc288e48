package dev.commandcenter.query.history;

import dev.commandcenter.observation.WireName;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of subject whose state changes are kept as history. */
public enum SubjectKind implements WireName {
    AGENT,
    JOB,
    SOURCE,
    PR;

    /** The kinds as a query names them, for the message that refuses another: {@code agent, job, source, pr}. */
    public static final String WIRE_NAMES =
            Arrays.stream(values()).map(WireName::wire).collect(Collectors.joining(", "));
}
