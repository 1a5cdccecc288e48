package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state ledger of one kind: follows the kind's view through the log, instant by instant, and
 * records each change of a subject's state once it has settled. What it has not yet recorded (the
 * last few minutes) is projected at the request, from memory.
 */
final class KindLedger {

    /** Held before a walked span as well: the hour its look-backs read. */
    private static final Duration WALK_LOOK_BACK = Duration.ofHours(1);

    private final SubjectKind kind;
    private final ViewTimeline timeline;
    private final LedgerStore store;
    private final LogReader log;
    private final LogTail tail;
    private final LedgerConfig config;
    private final String host;
    private final int version;
    private final StatesMemo recent = new StatesMemo();

    /** What the ledger has recorded: complete through {@code sealed}, where each subject's state is {@code held}. */
    private record Recorded(LedgerStore.Ledger ledger, Instant sealed, Map<String, Held> held) {}

    // Written by the ledger's one thread, read by requests: replaced whole, never changed in place.
    private volatile Recorded recorded;
    private volatile Instant target;
    private LedgerStore.Ledger ledger;
    private Instant sealed;
    private Map<String, Held> held = Map.of();
    private Instant snapshotAt = Instant.MIN;
    private long position;
    /** Taken up at start-up and not yet checked against the recent log: what followed {@link #resumedAt} is asked of the database. */
    private boolean untailed;

    private long resumedAt;

    KindLedger(
            SubjectKind kind,
            ViewTimeline timeline,
            LedgerStore store,
            LogReader log,
            LogTail tail,
            LedgerConfig config,
            String host,
            int version) {
        this.kind = kind;
        this.timeline = timeline;
        this.store = store;
        this.log = log;
        this.tail = tail;
        this.config = config;
        this.host = host;
        this.version = version;
    }

    SubjectKind kind() {
        return kind;
    }

    Optional<LedgerProgress> progress() {
        Recorded now = recorded;
        Instant goal = target;
        return now == null || goal == null
                ? Optional.empty()
                : Optional.of(new LedgerProgress(now.ledger().startsAt(), now.sealed(), goal));
    }

    /**
     * While the ledger is too far behind {@code to} to answer a window ending there with a short
     * projection past its end (it is being rebuilt): how much of the log it has recorded, 0–100.
     */
    OptionalInt recording(Instant to) {
        Recorded now = recorded;
        if (now == null) {
            return OptionalInt.of(0);
        }
        if (!behind(now, to)) {
            return OptionalInt.empty();
        }
        // Against what it must reach to answer up to {@code to}: a ledger taken up after a pause is behind by the
        // pause.
        Instant goal = to.minus(config.settle());
        Instant target = this.target != null && this.target.isAfter(goal) ? this.target : goal;
        int percent = new LedgerProgress(now.ledger().startsAt(), now.sealed(), target).percent();
        return OptionalInt.of(Math.min(99, percent));
    }

    private void publish() {
        recorded = new Recorded(ledger, sealed, held);
    }

    /**
     * Takes up the ledger this host recorded before, if it is still true to the log: a restart then
     * answers history from it at once. Leaves a missing or outdated one to {@link #advance}.
     */
    void resume() {
        if (ledger != null) {
            return;
        }
        Optional<LedgerStore.Ledger> newest = store.newest(host, kind, version);
        Optional<LedgerStore.Seal> seal = newest.flatMap(store::newestSeal);
        if (seal.isEmpty()) {
            return;
        }
        // What the log gains after this position is checked at the first advance; what came before, here. Read
        // from the database: the recent log may still be loading, and start-up does not wait for it.
        long seen = tail.storedPosition();
        Instant late = store.earliestLogChangeAfter(seal.get().logPosition());
        if (late != null && !late.isAfter(seal.get().through())) {
            Log.infof(
                    "the %s ledger was complete through %s, but the log gained %s since: it starts over",
                    kind.wire(), seal.get().through(), late);
            return;
        }
        LedgerStore.Ledger found = newest.get();
        ledger = found;
        held = Map.copyOf(heldAt(found, seal.get().through()));
        sealed = seal.get().through();
        snapshotAt = store.snapshotAtOrBefore(found, sealed)
                .map(LedgerStore.Snapshot::at)
                .orElse(Instant.MIN);
        resumedAt = seen;
        untailed = true;
        publish();
    }

    /** Records what settled by {@code now}, starting over when the log gained something it had passed. */
    void advance(Instant now) {
        if (ledger == null) {
            resume();
        }
        if (ledger == null) {
            startOver(now);
        }
        Instant goal = now.minus(config.settle());
        target = goal;
        startOverIfPassed(now);
        while (sealed.isBefore(goal)) {
            Instant to = min(sealed.plus(config.rebuildSpan()), goal);
            long seen = log.position();
            Map<String, Held> next = new HashMap<>(held);
            List<StateChange> changes;
            // A span the recent log does not hold (older, or past its bound at a large fleet) is read once and held
            // while walked.
            if (!tail.holds(sealed.minus(WALK_LOOK_BACK), to)) {
                try (LogTail.Pin pin = tail.pin(sealed.minus(WALK_LOOK_BACK), to)) {
                    changes = walk(sealed, to, next);
                }
            } else {
                changes = walk(sealed, to, next);
            }
            boolean snapshot = !to.isBefore(snapshotAt.plus(config.snapshotEvery()));
            store.seal(ledger, changes, to, seen, snapshot ? next : null);
            if (snapshot) {
                snapshotAt = to;
            }
            held = Map.copyOf(next);
            sealed = to;
            position = seen;
            publish();
            // A rebuild takes a while: what was committed meanwhile for an instant already walked counts too.
            startOverIfPassed(now);
        }
    }

    /** Starts over when the log gained, since the last look, something at or before what the ledger sealed. */
    private void startOverIfPassed(Instant now) {
        long seen = log.position(); // catches the reader up, so what was just committed is known
        // Taken up at start-up: the database says what was committed since then, up to the reader's position and on.
        Instant late = untailed ? store.earliestLogChangeAfter(resumedAt) : log.earliestChangeSince(position);
        if (late != null && !late.isAfter(sealed)) {
            Log.warnf(
                    "the %s ledger had passed %s, which the log gained later: it starts over from the log"
                            + " (if this repeats, a collector's clock is behind, or its polls commit later than"
                            + " command-center.history.ledger.settle)",
                    kind.wire(), late);
            startOver(now);
        } else if (untailed) {
            position = seen;
            untailed = false;
        }
    }

    /** The changes within (from, to], applied to {@code held} as they are found. */
    private List<StateChange> walk(Instant from, Instant to, Map<String, Held> held) {
        List<StateChange> changes = new ArrayList<>();
        timeline.walk(Optional.empty(), from, to, timeline::statesAt, (change, states) -> {
            List<StateChange> found = LedgerFold.diff(held, states, change.at(), change.evidence());
            LedgerFold.apply(held, found);
            changes.addAll(found);
        });
        return changes;
    }

    /** A new ledger from the log's first read: its first seal records the states there. */
    private void startOver(Instant now) {
        long seen = log.position();
        Instant first = store.logStart();
        Instant start = first == null ? now.minus(config.settle()) : first;
        LedgerStore.Ledger fresh = store.open(host, kind, version, start, now);
        Map<String, Held> state = new HashMap<>();
        List<StateChange> changes =
                LedgerFold.diff(state, timeline.statesAt(start), start, new Evidence(List.of(), List.of()));
        LedgerFold.apply(state, changes);
        store.seal(fresh, changes, start, seen, state);
        ledger = fresh;
        held = Map.copyOf(state);
        sealed = start;
        snapshotAt = start;
        position = seen;
        untailed = false;
        publish();
    }

    /** Every subject's held state at {@code at} (not after the seal): the snapshot before it, and the changes since. */
    private Map<String, Held> heldAt(LedgerStore.Ledger of, Instant at) {
        Optional<LedgerStore.Snapshot> snapshot = store.snapshotAtOrBefore(of, at);
        Map<String, Held> state =
                new HashMap<>(snapshot.map(LedgerStore.Snapshot::held).orElse(Map.of()));
        Instant after = snapshot.map(LedgerStore.Snapshot::at).orElse(Instant.EPOCH.minus(Duration.ofDays(1)));
        LedgerFold.apply(state, store.changes(of, Optional.empty(), after, at));
        return state;
    }

    /**
     * The state points of a window (as {@link ViewTimeline#timeline} makes them), from the ledger
     * and, past what it recorded, the view at each later instant; empty when the ledger cannot say
     * (not started, or the window starts after what it has recorded). A ledger a while behind (just
     * after a restart) still answers: what it lacks is inside the window, so projecting it costs less
     * than projecting the whole window without the ledger.
     */
    Optional<List<StatePoint>> points(Optional<String> subject, Instant from, Instant to) {
        Recorded now = recorded;
        if (now == null || from.isAfter(now.sealed())) {
            return Optional.empty();
        }
        LedgerStore.Ledger current = now.ledger();
        Instant through = now.sealed();
        // Before the log's first read no view listed anything.
        Map<String, Held> atFrom = from.isBefore(current.startsAt())
                ? Map.of()
                : only(subject, from.equals(through) ? now.held() : heldAt(current, from));
        Instant recordedTo = min(to, through);
        List<StatePoint> points = LedgerFold.points(atFrom, from, store.changes(current, subject, from, recordedTo));
        if (to.isAfter(through)) {
            recent.settle(log, through.minus(config.sealEvery()));
            // Judged at every instant of the kind, as the ledger records, so a subject's evidence is the same either
            // side.
            for (StatePoint point : timeline.timeline(
                    Optional.empty(),
                    through,
                    to,
                    t -> recent.at(t, timeline::statesAt),
                    t -> recent.deadline(t, timeline::nextDeadline))) {
                if (point.at().isAfter(through)
                        && subject.map(point.subject()::equals).orElse(true)) {
                    points.add(point);
                }
            }
        }
        return Optional.of(points);
    }

    private static Map<String, Held> only(Optional<String> subject, Map<String, Held> all) {
        if (subject.isEmpty()) {
            return all;
        }
        Held one = all.get(subject.get());
        return one == null ? Map.of() : Map.of(subject.get(), one);
    }

    /** Every subject's held state at {@code at}: what the ledger recorded, then the view past it. */
    Optional<Map<String, Held>> heldAt(Instant at) {
        Recorded now = recorded;
        if (now == null || behind(now, at)) {
            return Optional.empty();
        }
        if (at.isBefore(now.ledger().startsAt())) {
            return Optional.of(Map.of());
        }
        LedgerStore.Ledger current = now.ledger();
        Instant through = now.sealed();
        Map<String, Held> last = now.held();
        if (!at.isAfter(through)) {
            return Optional.of(at.equals(through) ? last : heldAt(current, at));
        }
        Map<String, Held> state = new HashMap<>(last);
        recent.settle(log, through.minus(config.sealEvery()));
        timeline.walk(
                Optional.empty(),
                through,
                at,
                t -> recent.at(t, timeline::statesAt),
                t -> recent.deadline(t, timeline::nextDeadline),
                (change, states) ->
                        LedgerFold.apply(state, LedgerFold.diff(state, states, change.at(), change.evidence())));
        return Optional.of(state);
    }

    /**
     * Whether the ledger is too far behind {@code at} to answer with a short projection past its end:
     * while it rebuilds, the caller projects the log as it would without a ledger.
     */
    private boolean behind(Recorded now, Instant at) {
        return at.isAfter(
                now.sealed().plus(config.settle()).plus(config.sealEvery().multipliedBy(4)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
