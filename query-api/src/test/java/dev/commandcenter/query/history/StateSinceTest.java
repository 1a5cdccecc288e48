package dev.commandcenter.query.history;

import static dev.commandcenter.query.history.Fleet.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.agents.AgentRow;
import dev.commandcenter.query.brief.AgentsBrief;
import dev.commandcenter.query.brief.BriefItem;
import dev.commandcenter.query.brief.BriefPart;
import dev.commandcenter.query.cron.CronDrift;
import dev.commandcenter.query.cron.CronJobRow;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.cron.RunnerRow;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.testing.TestConfigs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An agent down for hours whose heartbeat file is still rewritten every minute: the brief says its
 * state has held for hours (from history), not that it changed at the last rewrite. A job's drift, too,
 * is dated by history, not by its data.
 */
class StateSinceTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private LogReader reader;
    private SourcesProjection sources;
    private FlappingMarks marks;
    private ChangeInstants changes;
    private AgentTimeline agentTimeline;

    @Test
    void aStateHeldForHoursIsSaidToHaveHeldForHoursThoughItsHeartbeatIsRewrittenEveryMinute() {
        Instant lastPoll = T.plus(Duration.ofHours(3));
        for (Instant t = T; !t.isAfter(lastPoll); t = t.plus(Duration.ofMinutes(1))) {
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process("kimi-worker-2", "missing"))));
        }
        Instant now = lastPoll.plusSeconds(36);
        recordHistory(now);

        AgentRow row = new AgentHealthProjection(reader, sources, marks)
                .at(now)
                .agents()
                .get(0);
        BriefPart part = new AgentsBrief(new AgentHealthProjection(reader, sources, marks)).part(now);
        BriefItem down = part.items().get(0);

        assertEquals("down", row.state().wire());
        assertEquals(T, row.stateSince(), "down since the first poll, three hours ago");
        assertEquals(lastPoll, row.observedAt(), "its heartbeat was rewritten 36 s ago");
        assertEquals("kimi-worker-2 is down", down.title());
        assertEquals(T, down.changedAt(), "the brief's 'state since' is the state's, not the last rewrite's");
        assertEquals(T, part.oldestChange());

        // Without history the brief can only say when the data last changed: the defect this replaces.
        BriefItem withoutHistory = new AgentsBrief(new AgentHealthProjection(reader, sources))
                .part(now)
                .items()
                .get(0);
        assertEquals(lastPoll, withoutHistory.changedAt());
    }

    @Test
    void aJobsDriftSaysSinceWhenItHeldFromHistoryNotFromItsData() {
        // Hermes says the same every minute for three hours; its cron ticker stalls early on.
        Instant lastPoll = T.plus(Duration.ofHours(3));
        for (Instant t = T; !t.isAfter(lastPoll); t = t.plus(Duration.ofMinutes(1))) {
            log.append(Fleet.ok("hermes", t, Fleet.cron("hermes-running.json")));
        }
        Instant now = lastPoll.plusSeconds(36);
        recordHistory(now);
        CronStateProjection plain = new CronStateProjection(reader, sources, Views.cronConfig(), FlappingSubjects.NONE);
        RunnerRow runner = plain.unmarked(T).runners().get(0);
        Instant stalled = Stream.of(runner.heartbeatAt(), runner.lastSuccessAt())
                .filter(Objects::nonNull)
                .map(i -> i.plusSeconds(200).plusNanos(1))
                .filter(i -> i.isAfter(T))
                .min(Instant::compareTo)
                .orElseThrow();

        CronJobRow job = new CronStateProjection(reader, sources, Views.cronConfig(), marks)
                .at(now).jobs().stream()
                        .filter(j -> j.drift() == CronDrift.RUNNER_ABSENT)
                        .findFirst()
                        .orElseThrow();

        assertEquals(stalled, job.driftSince(), "runner absent since its ticker's bound ran out");
        assertEquals(T, job.observedAt(), "its data has not changed since the first read");
    }

    @Test
    void aLedgerTakenUpAfterARestartMinutesBehindAnswersTheFlappingWindowAsTheProjectionDoes() {
        // An agent that goes down and up every four minutes for two hours: flapping.
        Instant stop = T.plus(Duration.ofHours(2));
        appendFlipping(T, stop);
        recordHistory(stop);
        // Down for a quarter of an hour; then started again, with the ledger as it was sealed.
        Instant restart = stop.plus(Duration.ofMinutes(15));
        appendFlipping(stop, restart);
        StateLedger taken = ledgerAt(restart);
        taken.resume();

        Instant from = restart.minus(Duration.ofHours(1));
        List<Transition> projected =
                Transitions.fold(SubjectKind.AGENT, agentTimeline.timeline(Optional.empty(), from, restart));
        Optional<List<StatePoint>> points = taken.points(SubjectKind.AGENT, Optional.empty(), from, restart);
        assertTrue(points.isPresent(), "answered from the ledger and the minutes after its seal, at once");
        assertEquals(projected, Transitions.fold(SubjectKind.AGENT, points.get()));
        assertTrue(projected.size() > 6, "the window holds enough changes to flap: " + projected.size());
    }

    private void appendFlipping(Instant from, Instant to) {
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(1))) {
            boolean up = (Duration.between(T, t).toMinutes() / 4) % 2 == 0;
            log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
            log.append(Fleet.ok("processes", t, List.of(Fleet.process("kimi-worker-2", up ? "alive" : "missing"))));
        }
    }

    /** The views' history recorded by a state ledger up to {@code now}, and flapping marks that read it. */
    private void recordHistory(Instant now) {
        StateLedger ledger = ledgerAt(now);
        ledger.advance();
        marks = new FlappingMarks(changes, new FlappingRule(6, Duration.ofHours(1)), reader, ledger);
    }

    /** A state ledger (and the views it follows) of this process, started at {@code now}. */
    private StateLedger ledgerAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        LogTail tail = new LogTail(db, clock, new LogProgress(), Duration.ofHours(8));
        reader = new LogReader(db, tail);
        sources = new SourcesProjection(reader);
        changes = new ChangeInstants(reader, new SourceTimeline(reader, sources));
        agentTimeline = new AgentTimeline(changes, new AgentHealthProjection(reader, sources), reader);
        JobTimeline jobTimeline = new JobTimeline(
                changes, new CronStateProjection(reader, sources, Views.cronConfig(), FlappingSubjects.NONE));
        PullRequestTimeline prTimeline = new PullRequestTimeline(
                changes, new ReviewQueueProjection(reader, sources, Views.giteaConfig(), FlappingSubjects.NONE));
        return new StateLedger(
                agentTimeline,
                jobTimeline,
                prTimeline,
                new LedgerStore(db),
                reader,
                tail,
                TestConfigs.of(LedgerConfig.class, Map.of()),
                "test-host",
                clock,
                false);
    }
}
