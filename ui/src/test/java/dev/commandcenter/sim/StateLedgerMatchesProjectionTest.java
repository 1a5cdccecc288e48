package dev.commandcenter.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.cron.CronStateConfig;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.history.AgentTimeline;
import dev.commandcenter.query.history.ChangeInstants;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.history.Held;
import dev.commandcenter.query.history.JobTimeline;
import dev.commandcenter.query.history.LedgerConfig;
import dev.commandcenter.query.history.LedgerStore;
import dev.commandcenter.query.history.PullRequestTimeline;
import dev.commandcenter.query.history.SourceTimeline;
import dev.commandcenter.query.history.StateLedger;
import dev.commandcenter.query.history.StatePoint;
import dev.commandcenter.query.history.StateTimeline;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.history.Transition;
import dev.commandcenter.query.history.Transitions;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.testing.MutableClock;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state ledger says exactly what projecting the log at the request says: every transition of
 * every agent, job and pull request of a busy simulated fleet, over windows in the recorded past,
 * across the instant it has recorded to, and after a restart, a late poll and more polls.
 */
class StateLedgerMatchesProjectionTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    private static final Duration FILLED = Duration.ofHours(5);
    /** Shorter than the log, so the ledger walks the older part from pinned spans of the database. */
    private static final Duration MEMORY = Duration.ofHours(2);

    @TempDir
    Path dir;

    private DataSource ds;
    private LogReader reader;
    private MutableClock clock;
    private Map<SubjectKind, StateTimeline> timelines;
    private AgentTimeline agents;
    private JobTimeline jobs;
    private PullRequestTimeline pulls;

    @Test
    void theLedgerAnswersAsTheProjectionThroughRestartsLatePollsAndNewPolls() throws Exception {
        Filled filled = filled();
        Instant end = filled.end();

        StateLedger ledger = ledger(filled.tail());
        ledger.advance();
        assertEquals(1, count("state_ledger WHERE kind = 'agent'"), "one ledger per kind, built from the log");
        assertTrue(count("state_change") > 100, "a busy fleet's changes are recorded: " + count("state_change"));
        assertMatches(ledger, end);

        // A restart resumes the ledger where it was sealed, and follows new polls.
        for (int i = 0; i < 10; i++) {
            append(filled.log(), filled.fleet().cycle(end));
            end = end.plus(FleetSimulator.POLL_INTERVAL);
        }
        clock.set(end);
        StateLedger restarted = ledger(filled.tail());
        restarted.advance();
        assertEquals(1, count("state_ledger WHERE kind = 'agent'"), "a restart resumes the ledger it finds");
        assertMatches(restarted, end);

        // A poll committed late, for an instant the ledger had passed: it starts over and is right again.
        append(
                filled.log(),
                filled.fleet().cycle(end.minus(Duration.ofMinutes(30)).plusSeconds(7)));
        clock.set(end.plusSeconds(1));
        restarted.advance();
        assertEquals(2, count("state_ledger WHERE kind = 'agent'"), "a late poll makes the ledger start over");
        assertMatches(restarted, end.plusSeconds(1));

        // Another, which brings a heartbeat older than those appended before it: that heartbeat holds until it turns
        // too old, and the ledger, walking spans that start after it was observed, marks that instant too.
        append(
                filled.log(),
                filled.fleet().cycle(end.minus(Duration.ofMinutes(20)).plusSeconds(11)));
        clock.set(end.plusSeconds(2));
        restarted.advance();
        assertEquals(3, count("state_ledger WHERE kind = 'agent'"), "the second late poll makes it start over too");
        assertMatches(restarted, end.plusSeconds(2));
        // History asked from after that heartbeat was observed says what a longer window says of the same minutes.
        Instant after = end.minus(Duration.ofMinutes(15));
        StateTimeline agentStates = timelines.get(SubjectKind.AGENT);
        List<Transition> longer =
                Transitions.fold(SubjectKind.AGENT, agentStates.timeline(Optional.empty(), START, end.plusSeconds(2)))
                        .stream()
                        .filter(t -> t.at().isAfter(after))
                        .toList();
        List<Transition> shorter =
                Transitions.fold(SubjectKind.AGENT, agentStates.timeline(Optional.empty(), after, end.plusSeconds(2)))
                        .stream()
                        .filter(t -> t.at().isAfter(after))
                        .toList();
        // A heartbeat turns too old one nanosecond past its bound.
        assertTrue(
                longer.stream().anyMatch(t -> t.at().getNano() == 1),
                "a heartbeat turns too old in those minutes: " + longer);
        assertEquals(longer, shorter);
    }

    @Test
    void aRestartTakesTheLedgerUpBeforeItsRecentLogIsLoadedAndStillSeesALatePoll() throws Exception {
        Filled filled = filled();
        Instant end = filled.end();
        ledger(filled.tail()).advance();

        // Start-up takes the ledger up from the database and does not wait for the recent log to load.
        LogTail unloaded = new LogTail(ds, clock, filled.progress(), MEMORY);
        reader = new LogReader(ds, unloaded);
        wire();
        StateLedger restarted = ledger(unloaded);
        restarted.resume();
        assertFalse(unloaded.loaded(), "taking the ledger up does not wait for the recent log to load");
        Instant sealed = end.minus(Duration.ofMinutes(2));
        assertTrue(
                restarted
                        .points(SubjectKind.AGENT, Optional.empty(), START, sealed)
                        .isPresent(),
                "history answers from the ledger taken up, at once");

        // A poll committed late between then and its first round, for an instant it had sealed: it starts over.
        append(
                filled.log(),
                filled.fleet().cycle(end.minus(Duration.ofMinutes(30)).plusSeconds(7)));
        clock.set(end.plusSeconds(1));
        restarted.advance();
        assertEquals(
                2,
                count("state_ledger WHERE kind = 'agent'"),
                "a poll committed late after the ledger was taken up makes it start over");
        assertMatches(restarted, end.plusSeconds(1));
    }

    @Test
    void whileTheLedgerIsRebuiltThePagesAreToldHowFarItGotInsteadOfProjectingTheirWindow() throws Exception {
        Filled filled = filled();
        Instant end = filled.end();
        Instant dayAgo = end.minus(Duration.ofHours(24));
        StateLedger recording = ledger(filled.tail(), true);

        for (SubjectKind kind : List.of(SubjectKind.AGENT, SubjectKind.JOB, SubjectKind.PR)) {
            assertEquals(
                    OptionalInt.of(0),
                    recording.recording(kind, end),
                    kind + ": nothing recorded yet, and the strips and time bar say so");
        }
        recording.advance();
        for (SubjectKind kind : List.of(SubjectKind.AGENT, SubjectKind.JOB, SubjectKind.PR)) {
            assertEquals(OptionalInt.empty(), recording.recording(kind, end), kind + ": recorded, history answers");
            assertTrue(recording.points(kind, Optional.empty(), dayAgo, end).isPresent(), kind + " from the ledger");
        }

        // Taken up by a restart an hour later (the polls went on meanwhile): behind by that hour until its next round.
        for (Instant at = end; at.isBefore(end.plus(Duration.ofHours(1))); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            append(filled.log(), filled.fleet().cycle(at));
        }
        Instant later = end.plus(Duration.ofHours(1));
        clock.set(later);
        StateLedger restarted = ledger(filled.tail(), true);
        restarted.resume();
        OptionalInt behind = restarted.recording(SubjectKind.AGENT, later);
        assertTrue(
                behind.isPresent() && behind.getAsInt() >= 80 && behind.getAsInt() < 100,
                "a ledger an hour behind five says how far it got, short of complete: " + behind);
        restarted.advance();
        assertEquals(OptionalInt.empty(), restarted.recording(SubjectKind.AGENT, later), "caught up");

        // Where no ledger is recorded in the background, history is projected at the request, as always.
        StateLedger notRecording = ledger(filled.tail());
        assertEquals(OptionalInt.empty(), notRecording.recording(SubjectKind.AGENT, later));
    }

    /** A busy simulated fleet's log of {@link #FILLED} from {@link #START}, the clock at its end, read through {@code tail}. */
    private record Filled(ObservationLog log, LogProgress progress, FleetSimulator fleet, Instant end, LogTail tail) {}

    private Filled filled() throws Exception {
        ds = LogFile.open(dir);
        LogProgress progress = new LogProgress();
        ObservationLog log = new ObservationLog(ds, progress);
        FleetSimulator fleet = new FleetSimulator(FleetScale.SMALL, START, 11, 20.0);
        Instant end = START.plus(FILLED);
        for (Instant at = START; at.isBefore(end); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            append(log, fleet.cycle(at));
        }
        clock = new MutableClock(end);
        LogTail tail = new LogTail(ds, clock, progress, MEMORY);
        reader = new LogReader(ds, tail);
        wire();
        return new Filled(log, progress, fleet, end, tail);
    }

    private void assertMatches(StateLedger ledger, Instant now) {
        Instant sealed = now.minus(Duration.ofMinutes(2));
        List<Instant[]> windows = List.of(
                new Instant[] {START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(1))},
                new Instant[] {START.plus(Duration.ofMinutes(47)), START.plus(Duration.ofHours(3))},
                new Instant[] {now.minus(Duration.ofHours(1)), sealed},
                new Instant[] {now.minus(Duration.ofHours(1)), now},
                new Instant[] {now.minus(Duration.ofHours(4)), now},
                new Instant[] {sealed, now});
        for (SubjectKind kind : List.of(SubjectKind.AGENT, SubjectKind.JOB, SubjectKind.PR)) {
            StateTimeline timeline = timelines.get(kind);
            for (Instant[] w : windows) {
                List<Transition> projected = Transitions.fold(kind, timeline.timeline(Optional.empty(), w[0], w[1]));
                Optional<List<StatePoint>> points = ledger.points(kind, Optional.empty(), w[0], w[1]);
                assertTrue(points.isPresent(), kind + " " + w[0] + ".." + w[1] + " is answered from the ledger");
                assertEquals(projected, Transitions.fold(kind, points.get()), kind + " " + w[0] + ".." + w[1]);
                TreeSet<String> subjects = new TreeSet<>();
                projected.forEach(t -> subjects.add(t.subject()));
                for (String subject : List.of(
                        subjects.isEmpty() ? "none" : subjects.first(),
                        subjects.isEmpty() ? "none" : subjects.last())) {
                    assertEquals(
                            projected.stream()
                                    .filter(t -> t.subject().equals(subject))
                                    .toList(),
                            Transitions.fold(
                                    kind,
                                    ledger.points(kind, Optional.of(subject), w[0], w[1])
                                            .orElseThrow()),
                            kind + " " + subject + " " + w[0] + ".." + w[1]);
                }
            }
            // Since when each subject holds its state, now and in the past: its last transition in the whole log.
            for (Instant at : List.of(now, sealed.minus(Duration.ofMinutes(95)))) {
                Map<String, Held> held = ledger.heldAt(kind, at).orElseThrow();
                List<Transition> all = Transitions.fold(kind, timeline.timeline(Optional.empty(), START, at));
                Map<String, String> states = new TreeMap<>();
                Map<String, Instant> since = new TreeMap<>();
                all.forEach(t -> {
                    states.put(t.subject(), t.toState());
                    since.put(t.subject(), t.at());
                });
                assertFalse(states.isEmpty(), kind + " has subjects");
                states.forEach((subject, state) -> {
                    assertEquals(state, held.get(subject).state(), kind + " " + subject + " at " + at);
                    assertEquals(
                            since.get(subject), held.get(subject).since(), kind + " " + subject + " since, at " + at);
                });
            }
        }
    }

    private void wire() {
        SourcesProjection sources = new SourcesProjection(reader);
        ChangeInstants changes = new ChangeInstants(reader, new SourceTimeline(reader, sources));
        agents = new AgentTimeline(changes, new AgentHealthProjection(reader, sources), reader);
        jobs = new JobTimeline(
                changes,
                new CronStateProjection(
                        reader, sources, TestConfigs.of(CronStateConfig.class, Map.of()), FlappingSubjects.NONE));
        pulls = new PullRequestTimeline(
                changes,
                new ReviewQueueProjection(
                        reader, sources, TestConfigs.of(GiteaViewConfig.class, Map.of()), FlappingSubjects.NONE));
        timelines = Map.of(SubjectKind.AGENT, agents, SubjectKind.JOB, jobs, SubjectKind.PR, pulls);
    }

    private StateLedger ledger(LogTail tail) {
        return ledger(tail, false);
    }

    /** {@code records}: as the application's, which records in the background (here only when asked to advance). */
    private StateLedger ledger(LogTail tail, boolean records) {
        // The ledger's defaults, with a short span so a rebuild takes several.
        LedgerConfig settings = TestConfigs.of(LedgerConfig.class, Map.of("rebuild-span", "50m"));
        return new StateLedger(agents, jobs, pulls, new LedgerStore(ds), reader, tail, settings, "sim", clock, records);
    }

    private long count(String from) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void append(ObservationLog log, Iterable<PollResult> polls) {
        for (PollResult poll : polls) {
            log.append(poll);
        }
    }
}
