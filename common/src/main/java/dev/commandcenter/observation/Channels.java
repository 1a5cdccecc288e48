package dev.commandcenter.observation;

/** Reactive messaging channel names, in one place so that code and tests agree. */
public final class Channels {
    /** Poll results travel from the collector's pollers to the log writer. */
    public static final String OBSERVATIONS = "observations";

    private Channels() {
    }
}
