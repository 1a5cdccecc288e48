package dev.commandcenter.log;

import dev.commandcenter.observation.ContentHash.Fingerprint;

/**
 * The last stored state of one subject, as far as deduplication, gone marking and checkpoints need it.
 * {@code seq} is the sequence number of that observation (-1 when unknown: vanished before the last checkpoint);
 * {@code host} is the collector host whose read stored it (null when unknown). {@code base} is the whole payload
 * the subject's payloads are stored on (null when unknown, e.g. after a restart); {@code seen} is the fingerprint
 * of the payload last seen, stored or not (null when unknown).
 */
record KnownState(String kind, String contentHash, boolean gone, long seq, String host, Base base, Fingerprint seen) {

    /** A payload stored whole, by id and content hash, and how many payloads were stored on it since. */
    record Base(long id, String hash, int deltas) {}

    KnownState(String kind, String contentHash, boolean gone, long seq, String host) {
        this(kind, contentHash, gone, seq, host, null, null);
    }

    KnownState seen(Fingerprint fingerprint) {
        return new KnownState(kind, contentHash, gone, seq, host, base, fingerprint);
    }
}
