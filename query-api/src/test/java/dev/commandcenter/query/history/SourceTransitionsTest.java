package dev.commandcenter.query.history;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.Polls;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.query.sources.SourcesProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SourceTransitionsTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final LogReader reader = new LogReader(db);
    private final SourceTimeline timeline = new SourceTimeline(reader, new SourcesProjection(reader));

    private void read(long minute, ReadOutcome outcome) {
        log.append(Polls.of(
                "gitea",
                T0.plusSeconds(60 * minute),
                outcome,
                outcome.delivered() ? null : "boom",
                outcome.delivered() ? List.of(job("x", "y")) : List.of(),
                List.of()));
    }

    private List<Transition> transitions(Instant from, Instant to) {
        return Transitions.fold(SubjectKind.SOURCE, timeline.timeline(Optional.of("gitea"), from, to));
    }

    @Test
    void foldsReadsIntoStateChangesIncludingSilenceTurningStale() {
        read(0, ReadOutcome.OK);
        read(1, ReadOutcome.OK);
        read(2, ReadOutcome.TIMEOUT);
        read(3, ReadOutcome.OK);
        // then nothing for ten minutes: stale three minutes (the bound) after the last read

        List<Transition> t = transitions(T0.minusSeconds(60), T0.plusSeconds(600));
        assertEquals(
                List.of("unknown", "live", "unknown", "live", "stale"),
                t.stream().map(Transition::toState).toList());
        assertNull(t.get(0).fromState());
        assertEquals(T0.plusSeconds(120), t.get(2).at());
        assertEquals(1, t.get(2).evidence().reads().size(), "each change names the read that caused it");
        assertTrue(t.get(4).at().isAfter(T0.plusSeconds(180 + 180)));
        assertTrue(t.get(4).at().isBefore(T0.plusSeconds(180 + 181)));
    }

    @Test
    void availabilitySaysHowLongEachStateHeldAndSinceWhenTheCurrentOneHolds() {
        read(0, ReadOutcome.OK);
        read(10, ReadOutcome.UNREACHABLE);
        read(11, ReadOutcome.UNREACHABLE);
        Instant to = T0.plusSeconds(60 * 20);
        List<Transition> t = transitions(T0, to);

        Availability a = AvailabilityFold.of(
                "gitea", SubjectKind.SOURCE, t, T0, to, 10, new FlappingRule(6, Duration.ofHours(1)));
        assertEquals("unknown", a.currentState());
        assertEquals(T0.plusSeconds(600), a.currentSince(), "down since the first failed read");
        assertEquals(180L, a.secondsInState().get("live"), "live until the bound ran out");
        assertEquals(420L, a.secondsInState().get("stale"));
        assertEquals(600L, a.secondsInState().get("unknown"));
        assertFalse(a.flapping());
    }

    @Test
    void moreChangesThanTheThresholdWithinTheWindowIsFlapping() {
        for (int minute = 0; minute < 8; minute++) {
            read(minute, minute % 2 == 0 ? ReadOutcome.OK : ReadOutcome.TIMEOUT);
        }
        Instant to = T0.plusSeconds(60 * 8);
        List<Transition> t = transitions(T0, to);
        assertTrue(new FlappingRule(6, Duration.ofHours(1)).flapping(t, to), "7 changes in 8 minutes");
        assertFalse(new FlappingRule(6, Duration.ofMinutes(3)).flapping(t, to), "only 3 within the last 3 minutes");
    }
}
