package dev.commandcenter.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The recent log is loaded a few sequence numbers at a time, so that a large fleet's eight hours are
 * never all held as text at once; what it then answers is what the database answers, at every
 * instant of its window, a late poll and a vanished subject included.
 */
class RecentLogLoadTest {

    private static final Instant END = Polls.T0.plus(Duration.ofMinutes(40));
    private static final Duration WINDOW = Duration.ofMinutes(25);
    private static final String SOURCE = "hermes";
    private static final List<String> JOBS = List.of("a", "b", "c");

    @Test
    void aRecentLogLoadedFiveChangesAtATimeAnswersAsTheDatabaseDoes() {
        DataSource ds = TestDatabase.inMemory();
        ObservationLog log = new ObservationLog(ds);
        fill(log, 0, 40);
        // A poll finished 20 minutes ago and committed last: its change has the highest sequence number.
        log.append(Polls.ok(Polls.T0.plus(Duration.ofSeconds(20 * 60 + 30)), Polls.job("d", "late")));

        Clock clock = Clock.fixed(END, ZoneOffset.UTC);
        LogTail chunked = new LogTail(ds, clock, new LogProgress(), WINDOW, Integer.MAX_VALUE, WINDOW, 5);
        LogReader memory = new LogReader(ds, chunked);
        LogReader database = new LogReader(ds);

        Instant start = END.minus(WINDOW);
        assertTrue(chunked.covering(start.plusSeconds(1)).isPresent(), "the window is answered from memory");
        assertFalse(chunked.covering(start.minusSeconds(1)).isPresent(), "before it, the database answers");
        for (Instant at = start; !at.isAfter(END); at = at.plusSeconds(30)) {
            assertEquals(database.latestAt(SOURCE, at), memory.latestAt(SOURCE, at), "present at " + at);
            assertEquals(database.goneAt(SOURCE, at), memory.goneAt(SOURCE, at), "gone at " + at);
        }
        for (String job : List.of("a", "b", "c", "d")) {
            String subject = "cron:job:" + job;
            List<Observation> history = memory.history(SOURCE, subject, start.plusSeconds(1), END);
            assertEquals(database.history(SOURCE, subject, start.plusSeconds(1), END), history, subject);
            assertFalse(job.equals("a") && history.size() < 10, "a changed every few minutes: " + history.size());
        }
        assertEquals(
                List.of("late"),
                memory.history(SOURCE, "cron:job:d", start.plusSeconds(1), END).stream()
                        .map(o -> o.payload().contains("\"late\"") ? "late" : o.payload())
                        .toList(),
                "the late change is held");
    }

    @Test
    void aPayloadTheRecentLogHoldsIsNotCopiedAgainWhenTheDatabaseIsAskedForIt() {
        DataSource ds = TestDatabase.inMemory();
        fill(new ObservationLog(ds), 0, 40);
        PayloadStore.forgetDecodedTexts();
        LogTail tail = new LogTail(
                ds, Clock.fixed(END, ZoneOffset.UTC), new LogProgress(), WINDOW, Integer.MAX_VALUE, WINDOW, 5);
        List<Observation> held = new LogReader(ds, tail).latestAt(SOURCE, END);
        PayloadStore.forgetRecentlyRead();

        // a replay past the recent log's start, a history walk: the database read the same payloads again
        List<Observation> read = new LogReader(ds).latestAt(SOURCE, END);

        assertEquals(held, read);
        assertFalse(read.isEmpty(), "jobs present at the end");
        for (int i = 0; i < read.size(); i++) {
            assertSame(held.get(i).payload(), read.get(i).payload(), read.get(i).subject() + ": one text, not two");
        }
    }

    @Test
    void aRecentLogPastItsBoundStartsLaterButNotPastItsFloorAndTheDatabaseAnswersBeforeItAsItGrows() {
        Filled filled = Filled.fortyMinutes();
        DataSource ds = filled.ds();
        ObservationLog log = filled.log();
        MutableClock clock = filled.clock();
        // Two changes a minute: 12 changes are about 6 minutes, fewer than the 8-minute floor of the second.
        LogTail bounded = filled.tail(12, Duration.ZERO);
        LogTail floored = filled.tail(12, Duration.ofMinutes(8));
        LogReader database = new LogReader(ds);

        for (int more = 0; more <= 10; more += 10) {
            Instant end = END.plus(Duration.ofMinutes(more));
            clock.set(end);
            fill(log, 40, 40 + more);
            Instant start = end.minus(WINDOW);
            assertTrue(bounded.any().orElseThrow().changeCount() <= 12, "never more than the bound held");
            assertTrue(bounded.holds(end.minus(Duration.ofMinutes(2)), end), "the newest changes are held");
            assertFalse(bounded.holds(start.plusSeconds(1), end), "25 minutes of changes are more than 12");
            assertFalse(bounded.holds(end.minus(Duration.ofMinutes(10)), end), "10 minutes are more than 12 changes");
            assertTrue(floored.holds(end.minus(Duration.ofMinutes(8)).plusSeconds(1), end), "the floor is held");
            assertFalse(floored.holds(start.plusSeconds(1), end), "the floor, not the window");
            for (LogTail tail : List.of(bounded, floored)) {
                LogReader memory = new LogReader(ds, tail);
                for (Instant at = start; !at.isAfter(end); at = at.plusSeconds(30)) {
                    assertEquals(database.latestAt(SOURCE, at), memory.latestAt(SOURCE, at), "present at " + at);
                    assertEquals(database.goneAt(SOURCE, at), memory.goneAt(SOURCE, at), "gone at " + at);
                }
                for (String job : JOBS) {
                    String subject = "cron:job:" + job;
                    assertEquals(
                            database.history(SOURCE, subject, start.plusSeconds(1), end),
                            memory.history(SOURCE, subject, start.plusSeconds(1), end),
                            subject);
                }
            }
        }
    }

    @Test
    void aWindowOfManyTimesTheBoundIsNotReadWholeToKeepItsNewestChanges() {
        Filled filled = Filled.fortyMinutes();
        DataSource ds = filled.ds();
        LogTail unbounded = filled.tail(Integer.MAX_VALUE, Duration.ZERO);
        LogTail bounded = filled.tail(12, Duration.ZERO);
        LogTail floored = filled.tail(12, Duration.ofMinutes(8));
        unbounded.catchUp();
        bounded.catchUp();
        floored.catchUp();
        assertTrue(unbounded.loadedChanges() > 40, "25 minutes of changes: " + unbounded.loadedChanges());
        assertTrue(
                bounded.loadedChanges() <= 12,
                "a start found from the sequence numbers: the newest changes read, not the window's "
                        + unbounded.loadedChanges() + " to be cut at once: " + bounded.loadedChanges());
        assertTrue(floored.holds(END.minus(Duration.ofMinutes(8)).plusSeconds(1), END), "the floor is still held");
        LogReader database = new LogReader(ds);
        for (LogTail tail : List.of(bounded, floored)) {
            LogReader memory = new LogReader(ds, tail);
            for (Instant at = END.minus(WINDOW); !at.isAfter(END); at = at.plusSeconds(30)) {
                assertEquals(database.latestAt(SOURCE, at), memory.latestAt(SOURCE, at), "present at " + at);
                assertEquals(database.goneAt(SOURCE, at), memory.goneAt(SOURCE, at), "gone at " + at);
            }
        }
    }

    /** A log of forty minutes of {@link #fill} polls and a clock at their end. */
    private record Filled(DataSource ds, LogProgress progress, ObservationLog log, MutableClock clock) {

        static Filled fortyMinutes() {
            DataSource ds = TestDatabase.inMemory();
            LogProgress progress = new LogProgress();
            ObservationLog log = new ObservationLog(ds, progress);
            fill(log, 0, 40);
            return new Filled(ds, progress, log, new MutableClock(END));
        }

        /** A recent log of the window, bounded to {@code maxChanges} above its {@code floor}, loaded 5 at a time. */
        LogTail tail(int maxChanges, Duration floor) {
            return new LogTail(ds, clock, progress, WINDOW, maxChanges, floor, 5);
        }
    }

    /** Minutes [from, to) of polls: a, b and c change in turn every minute; b vanishes for good at minute 30. */
    private static void fill(ObservationLog log, int from, int to) {
        for (int minute = from; minute < to; minute++) {
            List<SubjectSeen> seen = new ArrayList<>();
            for (String job : JOBS) {
                if (!job.equals("b") || minute < 30) {
                    seen.add(Polls.job(job, JOBS.indexOf(job) == minute % 3 ? "run-" + minute : "idle"));
                }
            }
            log.append(Polls.ok(Polls.T0.plus(Duration.ofMinutes(minute)), seen.toArray(SubjectSeen[]::new)));
        }
    }
}
