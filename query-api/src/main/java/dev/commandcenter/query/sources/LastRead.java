package dev.commandcenter.query.sources;

import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import java.time.Instant;

/** The newest poll of a source, as an operator needs to see it. */
public record LastRead(
        Instant startedAt,
        Instant finishedAt,
        ReadOutcome outcome,
        String error,
        int subjectsSeen,
        int observationsAppended,
        String host) {

    static LastRead of(SourceRead read) {
        return new LastRead(
                read.startedAt(),
                read.finishedAt(),
                read.outcome(),
                read.error(),
                read.subjectsSeen(),
                read.observationsAppended(),
                read.host());
    }
}
