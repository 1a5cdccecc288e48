package dev.commandcenter.observation;

import java.time.Duration;
import java.time.Instant;

/** One stored poll of one source: the row of {@code source_read}. */
public record SourceRead(
        long id,
        String source,
        String host,
        String pollId,
        Instant startedAt,
        Instant finishedAt,
        ReadOutcome outcome,
        String error,
        int subjectsSeen,
        int observationsAppended,
        Duration staleAfter) {}
