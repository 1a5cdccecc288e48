package dev.commandcenter.query.history;

import static dev.commandcenter.query.history.Fleet.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A day of minute polls of one agent: its history answers quickly enough to ask for it from a page. */
class DayOfHistoryTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final Views views = new Views(db, new FlappingRule(6, Duration.ofHours(1)));

    @Test
    void aDayOfOneAgentsTransitionsIsFoldedWithinSeconds() {
        // The heartbeat file is rewritten every minute (a new observation each poll); the process is
        // missing for ten minutes every six hours.
        for (int minute = 0; minute < 24 * 60; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
            log.append(Fleet.ok("processes", t,
                    List.of(Fleet.process("kimi-worker-2", minute % 360 < 10 && minute > 0 ? "missing" : "alive"))));
        }
        long started = System.nanoTime();
        List<Transition> transitions = Transitions.fold(SubjectKind.AGENT, views.agentTimeline.timeline(
                Optional.of("kimi-worker-2"), T, T.plus(Duration.ofHours(24))));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(1 + 2 * 4, transitions.size(), transitions.toString());
        assertTrue(millis < 15_000, "one agent over 24 h took " + millis + " ms");
    }

    @Test
    void theLiveViewJudgesFlappingOverTheLastHourWithinASecond() {
        for (int minute = 0; minute < 120; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process("kimi-worker-2", "alive"))));
        }
        Instant at = T.plus(Duration.ofMinutes(119)).plusSeconds(5);
        views.agents.at(at);
        long started = System.nanoTime();
        boolean flapping = views.agents.at(at).agents().get(0).flapping();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertFalse(flapping);
        assertTrue(millis < 1_000, "the agent view with its flapping marks took " + millis + " ms");
    }
}
