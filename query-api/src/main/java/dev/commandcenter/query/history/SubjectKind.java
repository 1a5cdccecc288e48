package dev.commandcenter.query.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of subject whose state changes are kept as history. */
public enum SubjectKind {
    AGENT,
    JOB,
    SOURCE,
    PR;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubjectKind fromWire(String wire) {
        for (SubjectKind kind : values()) {
            if (kind.wire().equals(wire)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of agent, job, source, pr; got " + wire);
    }
}
