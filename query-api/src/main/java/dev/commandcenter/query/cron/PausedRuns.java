package dev.commandcenter.query.cron;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Since when a job has been paused: the start of the newest unbroken run of paused observations of it,
 * as the log recorded them. A run found is remembered with how far it was read, so the next question
 * about the same job (the next second's view, a replay within the run, every instant a history walk
 * judges) reads only what the log gained past that point instead of the job's whole history again.
 * Remembered only while the log gained nothing at or before the instant read through.
 */
final class PausedRuns {

    /** How far back a run is first looked for; the recent log holds this much in memory. */
    private static final Duration RECENT_RUNS = Duration.ofHours(6);

    /** Beyond this many jobs remembered, the memory starts over (a registry churning job ids). */
    private static final int MAX_REMEMBERED = 10_000;

    /**
     * Every observation of the job within [{@code since}, {@code through}] is paused, and the one before
     * {@code since}, if any, is not; {@code position}: the log's position when that was read.
     */
    private record Run(Instant since, Instant through, long position) {}

    private final LogReader log;
    private final String source;
    private final Predicate<Observation> paused;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    PausedRuns(LogReader log, String source, Predicate<Observation> paused) {
        this.log = log;
        this.source = source;
        this.paused = paused;
    }

    /** The start of the job's run of pauses holding at {@code at}; null when it was not paused then. */
    Instant since(String subject, Instant at) {
        long position = log.position();
        Run run = valid(runs.get(subject), position);
        if (run != null && !at.isBefore(run.since())) {
            if (!at.isAfter(run.through())) {
                return run.since();
            }
            List<Observation> after = log.history(source, subject, run.through(), at);
            if (after.stream().allMatch(paused)) {
                remember(subject, new Run(run.since(), at, position));
                return run.since();
            }
        }
        List<Observation> recent = log.history(source, subject, at.minus(RECENT_RUNS), at);
        boolean broken = recent.stream().anyMatch(paused.negate());
        Instant since = runStart(broken ? recent : log.history(source, subject, Instant.EPOCH, at));
        if (since != null) {
            remember(subject, new Run(since, at, position));
        }
        return since;
    }

    /** The run, if nothing the log gained since it was read is as old as what it read. */
    private Run valid(Run run, long position) {
        if (run == null || position < 0) {
            return null;
        }
        if (run.position() == position) {
            return run;
        }
        Instant changed = log.earliestChangeSince(run.position());
        return changed == null || changed.isAfter(run.through()) ? run : null;
    }

    private void remember(String subject, Run run) {
        if (run.position() < 0) {
            return;
        }
        if (runs.size() >= MAX_REMEMBERED) {
            runs.clear();
        }
        runs.merge(
                subject,
                run,
                (known, found) ->
                        found.since().equals(known.since()) && found.through().isBefore(known.through())
                                ? known
                                : found);
    }

    private Instant runStart(List<Observation> history) {
        Instant since = null;
        for (Observation o : history) {
            since = paused.test(o) ? (since == null ? o.observedAt() : since) : null;
        }
        return since;
    }
}
