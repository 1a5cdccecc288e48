package dev.commandcenter.collector;

/**
 * One source of truth the collector reads. Implementations are CDI beans; the scheduler polls
 * each on its own interval, under its own timeout, so one source never holds up another.
 * A source only reads: it never writes to the system it watches.
 */
public interface Source {

    /** The source's name in the log and the API, e.g. {@code gitea}. */
    String name();

    /** How often to poll, how long a poll may take, when its data turns stale. */
    PollTiming timing();

    /**
     * Reads the source once.
     *
     * @return every subject the source showed
     * @throws SourceFailure when nothing trustworthy could be read, with a typed reason
     */
    SourceSnapshot poll() throws SourceFailure;
}
