package dev.commandcenter.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rows of a closed span are kept with their checkpoint, but a row that another log writer made
 * visible just after the span was first read is not lost: the span is read once more after a minute,
 * and only then taken as final.
 */
class CheckpointSpanTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final CheckpointStates kept = new CheckpointStates(1 << 20);
    private final List<SubjectStates.Row> committed = new ArrayList<>();
    private int reads;

    @Test
    void aRowCommittedOutOfOrderIsSeenOnceTheSpanSettlesAndTheSpanIsNotReadAgainAfterThat() throws Exception {
        CheckpointStates.Decoded decoded = kept.keep(1, Map.<String, Observation>of());
        committed.add(row(11, "agent-a"));
        committed.add(row(13, "agent-b"));
        long t0 = 1_000L * MINUTE;

        assertEquals(List.of(11L, 13L), seqs(decoded.spanRows(20, this::read, n -> {}, t0)));
        // Another writer's row 12 becomes visible only now.
        committed.add(1, row(12, "agent-c"));
        assertEquals(List.of(11L, 13L), seqs(decoded.spanRows(20, this::read, n -> {}, t0 + MINUTE / 2)));
        assertEquals(1, reads, "within the minute the kept rows answer");

        assertEquals(List.of(11L, 12L, 13L), seqs(decoded.spanRows(20, this::read, n -> {}, t0 + MINUTE)));
        assertEquals(2, reads, "read once more after the minute");
        for (int i = 2; i < 10; i++) {
            assertEquals(List.of(11L, 12L, 13L), seqs(decoded.spanRows(20, this::read, n -> {}, t0 + i * MINUTE)));
        }
        assertEquals(2, reads, "settled: never read again");
    }

    @Test
    void aSpanAskedWithAnotherEndIsReadForThatEnd() throws Exception {
        CheckpointStates.Decoded decoded = kept.keep(1, Map.<String, Observation>of());
        committed.add(row(11, "agent-a"));
        decoded.spanRows(20, this::read, n -> {}, 0);
        decoded.spanRows(30, this::read, n -> {}, 1);
        assertEquals(2, reads);
    }

    private List<SubjectStates.Row> read() {
        reads++;
        return List.copyOf(committed);
    }

    private static List<Long> seqs(List<SubjectStates.Row> rows) {
        return rows.stream().map(SubjectStates.Row::seq).toList();
    }

    private static SubjectStates.Row row(long seq, String subject) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(seq);
        return new SubjectStates.Row(
                seq, 1, "heartbeats", subject, at, at, "HeartbeatRead", "h" + seq, "{\"seq\":" + seq + "}", false);
    }
}
