package dev.commandcenter.log;

/**
 * The last stored state of one subject, as far as deduplication, gone marking and checkpoints need it.
 * {@code seq} is the sequence number of that observation (-1 when unknown: vanished before the last checkpoint);
 * {@code host} is the collector host whose read stored it (null when unknown).
 */
record KnownState(String kind, String contentHash, boolean gone, long seq, String host) {
}
