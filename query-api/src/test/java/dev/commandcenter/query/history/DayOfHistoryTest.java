package dev.commandcenter.query.history;

import static dev.commandcenter.query.history.Fleet.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A day of minute polls of one agent whose heartbeat file is rewritten at every poll: its history
 * says only the changes of state, not the rewrites. (How fast is measured by deploy/bench/views.sh,
 * docs/benchmarks.md.)
 */
class DayOfHistoryTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final Views views = new Views(db, new FlappingRule(6, Duration.ofHours(1)));

    @Test
    void aDayOfRewrittenHeartbeatsFoldsIntoTheOutagesAlone() {
        // The heartbeat file is rewritten every minute (a new observation each poll); the process is
        // missing for ten minutes every six hours.
        for (int minute = 0; minute < 24 * 60; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
            log.append(Fleet.ok(
                    "processes",
                    t,
                    List.of(Fleet.process("kimi-worker-2", minute % 360 < 10 && minute > 0 ? "missing" : "alive"))));
        }
        List<Transition> transitions = Transitions.fold(
                SubjectKind.AGENT,
                views.agentTimeline.timeline(Optional.of("kimi-worker-2"), T, T.plus(Duration.ofHours(24))));

        // Its first state, then down and back for each of the four outages.
        assertEquals(1 + 2 * 4, transitions.size(), transitions.toString());
        assertEquals(
                List.of("down", "down", "down", "down"),
                transitions.stream()
                        .filter(t -> t.fromState() != null)
                        .map(Transition::toState)
                        .filter("down"::equals)
                        .toList());
    }

    @Test
    void anAgentRewritingItsHeartbeatEveryMinuteIsNotFlapping() {
        for (int minute = 0; minute < 120; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process("kimi-worker-2", "alive"))));
        }
        Instant at = T.plus(Duration.ofMinutes(119)).plusSeconds(5);
        views.agents.at(at);
        // Asked again (as every page refresh does), from the states remembered: the same answer.
        boolean flapping = views.agents.at(at).agents().get(0).flapping();

        assertFalse(flapping, "sixty rewrites of one heartbeat are no change of state");
    }
}
