package dev.commandcenter.log;

/**
 * The last stored state of one subject, as far as deduplication and checkpoints need it.
 * {@code seq} is the sequence number of that observation (-1 when unknown: vanished before the last checkpoint).
 */
record KnownState(String kind, String contentHash, boolean gone, long seq) {
}
