package dev.commandcenter.collector;

import dev.commandcenter.observation.ReadOutcome;

/** A poll that could not deliver trustworthy data, with the typed reason stored in the read. */
public class SourceFailure extends Exception {

    private final ReadOutcome outcome;

    public SourceFailure(ReadOutcome outcome, String message) {
        this(outcome, message, null);
    }

    public SourceFailure(ReadOutcome outcome, String message, Throwable cause) {
        super(message, cause);
        if (outcome.delivered()) {
            throw new IllegalArgumentException(outcome + " is not a failure");
        }
        this.outcome = outcome;
    }

    public ReadOutcome outcome() {
        return outcome;
    }

    public static SourceFailure unconfigured(String missingSetting) {
        return new SourceFailure(ReadOutcome.UNCONFIGURED, "set " + missingSetting);
    }
}
