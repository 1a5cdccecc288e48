package dev.commandcenter.observation;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One stored fact: a subject's content when it changed, or its disappearance ({@code gone}).
 * The payload is the source's JSON, kept whole.
 */
public record Observation(
        long seq,
        long readId,
        String source,
        String subject,
        Instant observedAt,
        Instant sourceTime,
        String kind,
        String contentHash,
        @JsonRawValue String payload,
        boolean gone) {

    /** A few sources and kinds, each on tens of thousands of observations held in memory: one string each. */
    public Observation {
        source = source == null ? null : source.intern();
        kind = kind == null ? null : kind.intern();
    }

    /** The same observation holding {@code text} as its payload (null: held elsewhere, e.g. packed). */
    public Observation withPayload(String text) {
        return new Observation(seq, readId, source, subject, observedAt, sourceTime, kind, contentHash, text, gone);
    }
}
