package dev.commandcenter.query.sources;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.Polls;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SourcesReplayTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final SourcesProjection projection = new SourcesProjection(new LogReader(db));

    @Test
    void replayingAnInstantShowsExactlyWhatWasLiveThen() {
        Map<Instant, List<SourceStatus>> live = new LinkedHashMap<>();
        Instant t = T0;
        ReadOutcome[] outcomes = {
            ReadOutcome.OK,
            ReadOutcome.OK,
            ReadOutcome.TIMEOUT,
            ReadOutcome.PARTIAL,
            ReadOutcome.OK,
            ReadOutcome.MALFORMED
        };
        for (int i = 0; i < outcomes.length; i++) {
            t = T0.plusSeconds(60L * i);
            ReadOutcome outcome = outcomes[i];
            log.append(Polls.of(
                    "hermes",
                    t,
                    outcome,
                    outcome == ReadOutcome.OK ? null : "trouble " + i,
                    outcome.delivered() ? List.of(job("a", "state-" + i)) : List.of(),
                    List.of()));
            // What an operator looking at the page then would have seen, a few seconds after the poll.
            live.put(t.plusSeconds(5), projection.statuses(t.plusSeconds(5)));
        }
        // Time passes: the source goes quiet long enough to turn stale, and more polls arrive.
        live.put(t.plusSeconds(400), projection.statuses(t.plusSeconds(400)));
        log.append(Polls.of("hermes", t.plusSeconds(500), ReadOutcome.OK, null, List.of(job("a", "later")), List.of()));
        log.append(Polls.of("gitea", t.plusSeconds(520), ReadOutcome.UNAUTHORIZED, "HTTP 401", List.of(), List.of()));

        live.forEach((instant, seen) -> assertEquals(seen, projection.statuses(instant), "replay at " + instant));
        assertEquals(Freshness.DEGRADED, status(T0.plusSeconds(185)).freshness());
        assertEquals(Freshness.UNKNOWN, status(T0.plusSeconds(125)).freshness());
        assertEquals(Freshness.UNKNOWN, status(t.plusSeconds(400)).freshness(), "a failed read then silence");
    }

    @Test
    void beforeTheLogBeginsEverySourceIsUnknown() {
        log.append(Polls.of("hermes", T0, ReadOutcome.OK, null, List.of(job("a", "x")), List.of()));
        assertEquals("never read", status(T0.minusSeconds(1)).reason());
        assertEquals(Freshness.UNKNOWN, status(T0.minusSeconds(1)).freshness());
    }

    private SourceStatus status(Instant at) {
        return projection.status("hermes", at);
    }
}
