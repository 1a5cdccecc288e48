package dev.commandcenter.config;

/** Which halves of the command center run in this process. */
public enum Role {
    /** Collector and views in one JVM, one log: the default. */
    ALL,
    /** Poll sources and publish observations; no HTTP views. */
    COLLECTOR,
    /** Serve views from the log; poll nothing. */
    QUERY;

    public boolean collects() {
        return this != QUERY;
    }

    public boolean servesViews() {
        return this != COLLECTOR;
    }
}
