package dev.commandcenter.query.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.Polls;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.Observation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Since when a job is paused is what its whole history says, however the questions come: in order, at
 * random instants, and after the log gained an observation older than what was already read.
 */
class PausedRunsTest {

    private static final Instant T0 = Instant.parse("2026-07-20T00:00:00Z");
    private static final Predicate<Observation> PAUSED =
            o -> !o.gone() && o.payload().contains("\"paused\"");

    private final DataSource db = TestDatabase.inMemory();
    private final LogProgress progress = new LogProgress();
    private final ObservationLog log = new ObservationLog(db, progress);
    private final LogReader withMemory = new LogReader(
            db,
            new LogTail(db, Clock.fixed(T0.plus(Duration.ofHours(12)), ZoneOffset.UTC), progress, Duration.ofHours(2)));
    private final LogReader databaseOnly = new LogReader(db);
    private final PausedRuns runs = new PausedRuns(withMemory, "hermes", PAUSED);

    @Test
    void aRunLongerThanTheRecentLogIsDatedFromItsFirstPauseAtEveryInstant() {
        // Paused for 7 h (longer than the 6 h looked at first), resumed, paused again.
        state(0, "scheduled");
        state(30, "paused");
        state(450, "scheduled");
        state(470, "paused");
        state(600, "error");
        state(610, "paused");

        assertEquals(at(30), runs.since("cron:job:j", at(449)), "the run began at its first pause");
        assertEquals(at(30), runs.since("cron:job:j", at(200)), "a replay inside a remembered run");
        assertEquals(null, runs.since("cron:job:j", at(460)), "resumed at 450");
        List<Instant> instants = new ArrayList<>();
        for (int minute = 0; minute <= 700; minute += 7) {
            instants.add(at(minute));
        }
        Collections.shuffle(instants, new Random(7));
        for (Instant at : instants) {
            assertEquals(reference(at), runs.since("cron:job:j", at), "paused since, at " + at);
        }
    }

    @Test
    void anObservationOlderThanWhatWasReadIsNotHiddenByWhatWasRemembered() {
        state(0, "scheduled");
        state(30, "paused");
        assertNotNull(runs.since("cron:job:j", at(500)));

        // A collector host that was behind commits a poll observed before the instant already read.
        state(480, "scheduled");

        assertEquals(null, reference(at(500)), "the log now says the job was resumed at 480");
        assertEquals(null, runs.since("cron:job:j", at(500)));
        assertEquals(at(30), runs.since("cron:job:j", at(479)));
    }

    private Instant reference(Instant at) {
        Instant since = null;
        for (Observation o : databaseOnly.history("hermes", "cron:job:j", Instant.EPOCH, at)) {
            since = PAUSED.test(o) ? (since == null ? o.observedAt() : since) : null;
        }
        return since;
    }

    private void state(int minute, String state) {
        log.append(Polls.ok(at(minute), Polls.job("j", state)));
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
