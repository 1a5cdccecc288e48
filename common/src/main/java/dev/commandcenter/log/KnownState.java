package dev.commandcenter.log;

/** The last stored state of one subject, as far as deduplication needs it. */
record KnownState(String kind, String contentHash, boolean gone) {
}
