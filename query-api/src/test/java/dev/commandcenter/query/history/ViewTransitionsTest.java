package dev.commandcenter.query.history;

import static dev.commandcenter.query.history.Fleet.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.query.agents.AgentRow;
import dev.commandcenter.query.cron.CronDrift;
import dev.commandcenter.query.cron.CronJobRow;
import dev.commandcenter.query.cron.DesiredState;
import dev.commandcenter.query.cron.RunnerRow;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Transitions of agents, jobs and pull requests, judged by their views, over a recorded quarter hour. */
class ViewTransitionsTest {

    private static final String AGENT = "kimi-worker-2";
    private static final String JOB = "cron:job:default/3211b8a1b2aa";
    private static final String PR = "gitea:pr:acme/tools#42";

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final Views views = new Views(db, new FlappingRule(6, Duration.ofHours(1)));

    @Test
    void anAgentWhoseProcessVanishedForTwoMinutesWentDownAndCameBack() {
        record(15);
        List<Transition> transitions = transitions(views.agentTimeline, AGENT);

        assertEquals(List.of("null>idle@0", "idle>down@180", "down>idle@300"), describe(transitions));
        Transition down = transitions.get(1);
        assertEquals(2, down.evidence().observations().size(), "the heartbeat and the process check of that poll");
        assertFalse(down.evidence().reads().isEmpty());
        assertEquals(views.agents.at(down.at()).agents().get(0).state().wire(), down.toState());
    }

    @Test
    void availabilityOfAnAgentSaysHowLongItWasDownAndSinceWhenItIsUp() {
        record(15);
        Instant to = T.plus(Duration.ofMinutes(14));
        Availability availability = AvailabilityFold.of(
                AGENT,
                SubjectKind.AGENT,
                views.agentTimeline.kind() == SubjectKind.AGENT
                        ? transitions(views.agentTimeline, AGENT, to)
                        : List.of(),
                T,
                to,
                10,
                new FlappingRule(6, Duration.ofHours(1)));

        assertEquals(120L, availability.secondsInState().get("down"));
        assertEquals(720L, availability.secondsInState().get("idle"));
        assertEquals("idle", availability.currentState());
        assertEquals(T.plus(Duration.ofMinutes(5)), availability.currentSince());
        assertFalse(availability.flapping());
    }

    @Test
    void everyJobTurnsUnknownWhileHermesDoesNotAnswerAndRecoversWithTheNextRead() {
        record(15);
        List<String> changes = describe(transitions(views.jobTimeline, JOB));

        assertTrue(changes.stream().anyMatch(c -> c.endsWith(">unknown@300")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.startsWith("unknown>") && c.endsWith("@360")), changes.toString());
        List<Transition> all = views.jobTimeline.kind() == SubjectKind.JOB
                ? Transitions.fold(SubjectKind.JOB, views.jobTimeline.timeline(Optional.empty(), T, T.plusSeconds(840)))
                : List.of();
        assertTrue(
                all.stream()
                                .filter(t -> "unknown".equals(t.toState()) && t.at().equals(T.plusSeconds(300)))
                                .count()
                        > 1,
                "the other Hermes jobs went unknown with it");
    }

    @Test
    void aPullRequestWhoseCiStartsFailingChangesStatusAtThatPoll() {
        record(15);
        List<Transition> transitions = transitions(views.prTimeline, PR);

        assertNull(transitions.get(0).fromState());
        Transition ci = transitions.stream()
                .filter(t -> t.at().equals(T.plusSeconds(420)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(describe(transitions).toString()));
        assertEquals(
                views.reviews.at(ci.at(), ReviewQueueQuery.ALL).rows().stream()
                        .filter(r -> r.subject().equals(PR))
                        .findFirst()
                        .orElseThrow()
                        .status()
                        .wire(),
                ci.toState());
    }

    @Test
    void anAgentWhoseProcessComesAndGoesEveryMinuteIsMarkedFlapping() {
        for (int minute = 0; minute < 10; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat(AGENT, t, null))));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process(AGENT, minute % 2 == 0 ? "alive" : "missing"))));
        }
        AgentRow row = views.agents
                .at(T.plus(Duration.ofMinutes(9)).plusSeconds(5))
                .agents()
                .get(0);
        assertTrue(row.flapping(), "9 changes in the last hour");
        assertFalse(views.agents.at(T.plusSeconds(185)).agents().get(0).flapping(), "3 changes so far");
        assertFalse(views.agents.at(T.plus(Duration.ofHours(2))).agents().get(0).flapping(), "an hour of silence");
    }

    @Test
    void anAgentWhoseHeartbeatStopsDegradesTheMomentItTurnsTooOld() {
        Instant last = T.plus(Duration.ofMinutes(2));
        for (int minute = 0; minute < 20; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            // The heartbeat file is last rewritten at minute 2; the process lives on and both sources read fine.
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat(AGENT, t.isAfter(last) ? last : t, null))));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process(AGENT, "alive"))));
        }
        List<Transition> transitions = Transitions.fold(
                SubjectKind.AGENT, views.agentTimeline.timeline(Optional.of(AGENT), T, T.plus(Duration.ofMinutes(19))));

        Transition degraded = transitions.get(transitions.size() - 1);
        assertEquals("degraded", degraded.toState());
        assertEquals(last.plusSeconds(600).plusNanos(1), degraded.at(), "ten minutes after the last write");
        assertEquals(
                "degraded",
                views.agents.at(degraded.at()).agents().get(0).state().wire());
        assertEquals(
                "idle",
                views.agents
                        .at(degraded.at().minusNanos(1))
                        .agents()
                        .get(0)
                        .state()
                        .wire());
    }

    @Test
    void aJobsDriftChangesTheMomentABoundRunsOutThoughNothingNewIsRead() {
        // Hermes is read every minute and says the same each time: only time moves, until the gateway's
        // cron ticker (its heartbeat file) is older than the ticker bound and the job's runner counts as absent.
        Instant end = T.plus(Duration.ofHours(3));
        for (Instant t = T; !t.isAfter(end); t = t.plus(Duration.ofMinutes(1))) {
            log.append(Fleet.ok("hermes", t, Fleet.cron("hermes-running.json")));
        }
        RunnerRow runner = views.cron.unmarked(T).runners().get(0);
        CronJobRow job = views.cron.unmarked(T).jobs().stream()
                .filter(j -> j.drift() == CronDrift.OK
                        && j.desired() == DesiredState.ENABLED
                        && j.home().equals(runner.home()))
                .findFirst()
                .orElseThrow();
        Instant stalls = Stream.of(runner.heartbeatAt(), runner.lastSuccessAt())
                .filter(Objects::nonNull)
                .map(i -> i.plusSeconds(200).plusNanos(1))
                .filter(i -> i.isAfter(T))
                .min(Instant::compareTo)
                .orElseThrow();

        List<Transition> transitions =
                Transitions.fold(SubjectKind.JOB, views.jobTimeline.timeline(Optional.of(job.subject()), T, end));

        assertEquals(2, transitions.size(), transitions.toString());
        assertEquals(stalls, transitions.get(1).at(), "the ticker's bound of 200 s ran out then, not at a later read");
        assertEquals(CronDrift.RUNNER_ABSENT, drift(job.subject(), stalls));
        assertEquals(CronDrift.OK, drift(job.subject(), stalls.minusNanos(1)));
    }

    @Test
    void aPullRequestGoesStaleTheMomentItsIdleBoundRunsOutThoughNothingNewIsRead() {
        // Last active 71.5 h before T; Gitea is read every minute and says the same: it goes stale at T + 30 min.
        Instant lastActive = T.minus(Duration.ofHours(72)).plus(Duration.ofMinutes(30));
        for (int minute = 0; minute <= 60; minute++) {
            log.append(Fleet.ok(
                    "gitea",
                    T.plus(Duration.ofMinutes(minute)),
                    List.of(Fleet.pull(0, lastActive, "success"), Fleet.issue(0))));
        }
        String pr =
                views.reviews.unmarked(T, ReviewQueueQuery.ALL).rows().get(0).subject();

        List<Transition> transitions = Transitions.fold(
                SubjectKind.PR, views.prTimeline.timeline(Optional.of(pr), T, T.plus(Duration.ofHours(1))));

        Transition stale = transitions.get(transitions.size() - 1);
        assertEquals("stale", stale.toState(), transitions.toString());
        assertEquals(lastActive.plus(Duration.ofHours(72)).plusNanos(1), stale.at(), "72 h after its last activity");
    }

    @Test
    void anAgentTurnsStuckTheMomentItHasHeldOneClaimForItsBound() {
        // alice works on acme/tools#41, which is assigned to her, rewrites her heartbeat every minute, and
        // counts as stuck after 2 h 30 s: no read falls on the instant that bound runs out.
        for (int minute = 0; minute <= 150; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            SubjectSeen beat = Fleet.heartbeat("alice", t, "acme/tools#41");
            ((ObjectNode) beat.payload().get("settings")).put("stuck_after_seconds", 7230);
            log.append(Fleet.ok("heartbeats", t, List.of(beat)));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process("alice", "alive"))));
            log.append(Fleet.ok("gitea", t, List.of(Fleet.issue(0))));
        }
        AgentRow early =
                views.agents.unmarked(T.plus(Duration.ofMinutes(5))).agents().get(0);
        assertEquals("busy", early.state().wire(), early.toString());
        Instant stuck = early.claim().since().plus(Duration.ofSeconds(7230));

        List<Transition> transitions = Transitions.fold(
                SubjectKind.AGENT,
                views.agentTimeline.timeline(Optional.of("alice"), T, T.plus(Duration.ofMinutes(150))));

        Transition last = transitions.get(transitions.size() - 1);
        assertEquals("stuck", last.toState(), transitions.toString());
        assertEquals(stuck, last.at(), "stuck_after_seconds after the claim began, not at the next read");
        assertEquals(
                "busy",
                views.agents
                        .unmarked(stuck.minusNanos(1))
                        .agents()
                        .get(0)
                        .state()
                        .wire());
    }

    private CronDrift drift(String subject, Instant at) {
        return views.cron.unmarked(at).jobs().stream()
                .filter(j -> j.subject().equals(subject))
                .findFirst()
                .orElseThrow()
                .drift();
    }

    private void record(int minutes) {
        for (int minute = 0; minute < minutes; minute++) {
            EveryViewReplayTest.pollEverySource(log, minute, T.plus(Duration.ofMinutes(minute)));
        }
    }

    private static List<Transition> transitions(StateTimeline timeline, String subject) {
        return transitions(timeline, subject, T.plus(Duration.ofMinutes(14)).plusSeconds(30));
    }

    private static List<Transition> transitions(StateTimeline timeline, String subject, Instant to) {
        return Transitions.fold(timeline.kind(), timeline.timeline(Optional.of(subject), T, to));
    }

    private static List<String> describe(List<Transition> transitions) {
        return transitions.stream()
                .map(t -> t.fromState() + ">" + t.toState() + "@"
                        + Duration.between(T, t.at()).toSeconds())
                .toList();
    }
}
