package dev.commandcenter.observation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The result of one poll of one source, as stored in {@code source_read.outcome}. */
public enum ReadOutcome implements WireName {
    /** Everything the source holds was read. */
    OK,
    /** Some scopes of the source (e.g. one repository) could not be read; their last known state stands. */
    PARTIAL,
    /** The source answered, but what it said is unhealthy (e.g. the token belongs to the wrong account). */
    DEGRADED,
    /** The settings this source needs are absent. */
    UNCONFIGURED,
    /** The poll did not finish within the source's timeout. */
    TIMEOUT,
    /** The source could not be reached (connection refused, DNS, missing file or directory). */
    UNREACHABLE,
    /** The source answered with something that is not what it should be (HTML for JSON, truncated file). */
    MALFORMED,
    /** The source refused our credentials (401/403). */
    UNAUTHORIZED,
    /** Anything else: a bug or an unexpected answer; the error text says what. */
    ERROR;

    /** Whether the data of this read may be shown as current. */
    public boolean delivered() {
        return this == OK || this == PARTIAL || this == DEGRADED;
    }

    @JsonCreator
    public static ReadOutcome fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
