package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** What a Hermes run's output document says of the run ({@code outputs.recent[].result}). */
public enum RunDocumentResult implements WireName {
    OK,
    /** The agent or its script failed. */
    FAILED,
    /** The run chose to say nothing: it did not fail. */
    SILENT,
    /** A result this version does not know, or none. */
    UNKNOWN;

    public boolean failed() {
        return this == FAILED;
    }

    static RunDocumentResult parse(String text) {
        return WireName.parseOr(RunDocumentResult.class, text, UNKNOWN);
    }
}
