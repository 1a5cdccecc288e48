package dev.commandcenter.query.history;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * History kept as it happens: the changes of agents, jobs and pull requests as their views judged
 * them, recorded once in the ledger tables and read back in the size of the answer. Derived data:
 * a new {@link #VERSION} or a log that gains something the ledger had passed makes it start over
 * from the observation log, in the background; meanwhile history is projected at the request, as
 * it was before the ledger, so no answer is ever partial.
 */
@ApplicationScoped
public class StateLedger {

    /** The projections' rules the ledger was recorded by: raise it whenever a view judges a state differently. */
    public static final int VERSION = 1;

    private static final Duration FIRST_ROUND_AFTER = Duration.ofSeconds(5);

    private final Map<SubjectKind, KindLedger> kinds = new EnumMap<>(SubjectKind.class);
    private final LedgerConfig config;
    private final boolean records;
    private final Clock clock;
    private final ScheduledExecutorService recorder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "state-ledger");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public StateLedger(
            AgentTimeline agents,
            JobTimeline jobs,
            PullRequestTimeline pulls,
            LedgerStore store,
            LogReader log,
            LogTail tail,
            LedgerConfig config,
            CommandCenterConfig commandCenter,
            Clock clock) {
        this(
                agents,
                jobs,
                pulls,
                store,
                log,
                tail,
                config,
                commandCenter.hostId().orElseGet(StateLedger::machineName),
                clock,
                config.enabled() && commandCenter.role().servesViews());
    }

    /**
     * @param records      whether it records by itself, in the background; otherwise only {@link #advance} does
     */
    public StateLedger(
            AgentTimeline agents,
            JobTimeline jobs,
            PullRequestTimeline pulls,
            LedgerStore store,
            LogReader log,
            LogTail tail,
            LedgerConfig config,
            String host,
            Clock clock,
            boolean records) {
        this.config = config;
        this.records = records;
        this.clock = clock;
        for (ViewTimeline timeline : List.<ViewTimeline>of(agents, jobs, pulls)) {
            kinds.put(
                    timeline.kind(),
                    new KindLedger(timeline.kind(), timeline, store, log, tail, config, host, VERSION));
        }
    }

    void start(@Observes StartupEvent event) {
        if (records) {
            resume();
            // The first round may rebuild from the whole log: it waits for the views at now to be served first.
            recorder.scheduleWithFixedDelay(
                    this::advance,
                    FIRST_ROUND_AFTER.toMillis(),
                    config.sealEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Takes up the ledgers recorded before, before the first request, so history answers from them at
     * once; from the database, without waiting for the recent log.
     */
    public void resume() {
        for (KindLedger kind : kinds.values()) {
            try {
                kind.resume();
            } catch (RuntimeException e) {
                Log.warnf("the %s ledger could not be taken up: %s", kind.kind().wire(), e.getMessage());
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        recorder.shutdownNow();
    }

    /** Records what settled since the last call, every kind in turn. */
    public void advance() {
        for (KindLedger kind : kinds.values()) {
            try {
                kind.advance(clock.instant());
            } catch (RuntimeException e) {
                // The requests keep projecting from the log meanwhile; the next round tries again.
                Log.warnf(
                        "the %s ledger could not record what settled: %s",
                        kind.kind().wire(), e.getMessage());
            }
        }
    }

    /** The state points of a window from the ledger; empty when it cannot say yet (the caller projects the log). */
    public Optional<List<StatePoint>> points(SubjectKind kind, Optional<String> subject, Instant from, Instant to) {
        KindLedger ledger = kinds.get(kind);
        return ledger == null ? Optional.empty() : ledger.points(subject, from, to);
    }

    /**
     * While this process records a kind's ledger and it is being rebuilt, too far behind {@code to} for a
     * window ending there to be answered without projecting most of it from the log: how much of the log
     * it has recorded, 0–100. Empty when history answers from the ledger, or when no ledger is recorded
     * here (history is then always projected).
     */
    public OptionalInt recording(SubjectKind kind, Instant to) {
        KindLedger ledger = kinds.get(kind);
        return !records || ledger == null ? OptionalInt.empty() : ledger.recording(to);
    }

    /** Every subject's held state (and since when) at an instant; empty when the ledger cannot say yet. */
    public Optional<Map<String, Held>> heldAt(SubjectKind kind, Instant at) {
        KindLedger ledger = kinds.get(kind);
        return ledger == null ? Optional.empty() : ledger.heldAt(at);
    }

    /** How far each kind's ledger has recorded the log; a kind not started yet is missing. */
    public Map<SubjectKind, LedgerProgress> progress() {
        Map<SubjectKind, LedgerProgress> out = new EnumMap<>(SubjectKind.class);
        kinds.forEach((kind, ledger) -> ledger.progress().ifPresent(p -> out.put(kind, p)));
        return out;
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
