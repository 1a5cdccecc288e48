package dev.commandcenter.query.history;

import java.util.List;

/** What in the log proves a state: observation sequence numbers and/or source read ids. */
public record Evidence(List<Long> observations, List<Long> reads) {
    public static Evidence ofRead(long readId) {
        return new Evidence(List.of(), List.of(readId));
    }

    public static Evidence ofObservations(List<Long> seqs) {
        return new Evidence(List.copyOf(seqs), List.of());
    }
}
