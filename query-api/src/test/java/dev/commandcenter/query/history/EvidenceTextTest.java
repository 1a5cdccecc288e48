package dev.commandcenter.query.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The evidence a transition names comes back from the state ledger as it was recorded. */
class EvidenceTextTest {

    @Test
    void evidenceReadsBackAsRecorded() {
        List<Long> many = LongStream.range(0, 2_000)
                .map(i -> 9_000_000_000L + i * 37)
                .boxed()
                .toList();
        for (Evidence evidence : List.of(
                new Evidence(List.of(), List.of()),
                Evidence.ofRead(42),
                Evidence.ofObservations(List.of(7L)),
                new Evidence(List.of(1L, 22L, 333L), List.of(4L, 55L)),
                new Evidence(many, List.of(12L)))) {
            String stored = EvidenceText.of(evidence);
            assertEquals(evidence, EvidenceText.parse(stored), stored.length() > 80 ? "2,000 seqs" : stored);
        }
    }
}
