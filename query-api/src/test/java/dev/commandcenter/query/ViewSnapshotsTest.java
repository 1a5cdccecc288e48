package dev.commandcenter.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.Polls;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A view at now is computed once and shared, but never served for an instant whose log it has not seen. */
class ViewSnapshotsTest {

    private static final Instant T0 = Instant.parse("2026-07-20T09:30:00Z");

    private final DataSource db = TestDatabase.inMemory();
    private final LogProgress progress = new LogProgress();
    private final ObservationLog log = new ObservationLog(db, progress);
    private final MutableClock clock = new MutableClock(T0);
    private final LogReader reader = new LogReader(db, new LogTail(db, clock, progress, Duration.ofHours(8)));
    private final ViewSnapshots snapshots = new ViewSnapshots(reader, clock);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aViewIsSharedByTheRequestsOfTheSameSecondWhileTheLogStaysTheSame() {
        log.append(Polls.of("gitea", T0, ReadOutcome.OK, null, List.of(), List.of()));
        clock.set(T0.plusMillis(100));
        snapshots.at("sources", clock.instant(), this::view);
        clock.set(T0.plusMillis(300));
        snapshots.at("sources", clock.instant(), this::view);

        assertEquals(1, computed.get(), "the second request is served the first one's view");
    }

    @Test
    void aViewComputedForAnInstantChosenBeforeAPollArrivedIsNotServedForLaterInstants() {
        log.append(Polls.of("gitea", T0, ReadOutcome.OK, null, List.of(), List.of()));
        clock.set(T0.plusMillis(100));
        Instant chosen = clock.instant();
        // A poll commits between a request choosing its instant and asking for the view.
        clock.set(T0.plusMillis(200));
        log.append(Polls.of(
                "gitea", T0.plusMillis(200), ReadOutcome.UNREACHABLE, "connection refused", List.of(), List.of()));
        snapshots.at("sources", chosen, this::view);
        clock.set(T0.plusMillis(300));
        snapshots.at("sources", clock.instant(), this::view);

        assertEquals(2, computed.get(), "the view at 100 ms lacks the poll of 200 ms: the later request is computed");
    }

    @Test
    void aRequestThatWaitedWhileTheViewWasComputedForALaterInstantIsServedThatViewNotAnotherComputation() {
        log.append(Polls.of("gitea", T0, ReadOutcome.OK, null, List.of(), List.of()));
        clock.set(T0.plusMillis(100));
        Instant arrived = clock.instant();
        // Meanwhile the view at now is computed ahead of it, for a later instant, on the same log.
        clock.set(T0.plusMillis(400));
        String ahead = snapshots.at("sources", clock.instant(), this::view);

        assertEquals(ahead, snapshots.at("sources", arrived, this::view), "the newer view is the answer for now");
        assertEquals(1, computed.get());
    }

    private String view(Instant at) {
        computed.incrementAndGet();
        return "sources at " + at;
    }
}
