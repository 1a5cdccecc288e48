package dev.commandcenter.observation;

/**
 * Reactive messaging channel and connector names, in one place so that code, configuration and
 * tests agree. Poll results leave the collector on {@link #OBSERVATIONS} and reach the log writer
 * on {@link #OBSERVATIONS_TO_LOG}. By default the two are joined inside the JVM by the
 * {@link #IN_PROCESS} connector; the {@code kafka} configuration profile binds both to a Kafka
 * topic instead, so collectors and the log can run in different processes.
 */
public final class Channels {
    /** Poll results published by the collector's pollers (outgoing). */
    public static final String OBSERVATIONS = "observations";
    /** Poll results consumed by the log writer (incoming). */
    public static final String OBSERVATIONS_TO_LOG = "observations-to-log";
    /** The connector that hands {@link #OBSERVATIONS} to {@link #OBSERVATIONS_TO_LOG} within one JVM. */
    public static final String IN_PROCESS = "command-center-in-process";

    private Channels() {}
}
