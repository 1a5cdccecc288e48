package dev.commandcenter.query.cron;

import dev.commandcenter.fact.CronJobFact;
import dev.commandcenter.fact.Facts;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.ViewSnapshots;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.history.Held;
import dev.commandcenter.query.history.SubjectKind;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Folds the log into the cron state view at an instant, through {@link LogReader} only. */
@ApplicationScoped
public class CronStateProjection {

    private static final String HERMES = KnownSource.HERMES.sourceName();
    private static final String HUEY = KnownSource.HUEY.sourceName();

    /** The sources the view draws on. */
    public static final List<String> INPUTS = List.of(HERMES, HUEY);

    private final LogReader log;
    private final SourcesProjection sources;
    private final CronStateConfig config;
    private final FlappingSubjects flapping;
    private final ViewSnapshots snapshots;
    private final PausedRuns pausedRuns;

    public CronStateProjection(
            LogReader log, SourcesProjection sources, CronStateConfig config, FlappingSubjects flapping) {
        this(log, sources, config, flapping, ViewSnapshots.NONE);
    }

    @Inject
    public CronStateProjection(
            LogReader log,
            SourcesProjection sources,
            CronStateConfig config,
            FlappingSubjects flapping,
            ViewSnapshots snapshots) {
        this.log = log;
        this.sources = sources;
        this.config = config;
        this.flapping = flapping;
        this.snapshots = snapshots;
        this.pausedRuns = new PausedRuns(log, HERMES, CronStateProjection::paused);
    }

    /** The view at an instant, each job marked flapping when its drift changed too often before it. */
    public CronStateView at(Instant at) {
        return snapshots.at("cron-state", at, this::marked);
    }

    private CronStateView marked(Instant at) {
        CronStateView view = unmarked(at);
        Set<String> flaps = flapping.at(SubjectKind.JOB, INPUTS, o -> true, at, t -> states(unmarked(t)));
        Map<String, Held> held = flapping.held(SubjectKind.JOB, at).orElse(Map.of());
        if (flaps.isEmpty() && held.isEmpty()) {
            return view;
        }
        return new CronStateView(
                view.at(),
                view.sources(),
                view.jobs().stream()
                        .map(j -> j.marked(flaps.contains(j.subject()), since(held.get(j.subject()), j)))
                        .toList(),
                view.runners(),
                view.queues(),
                view.consumers(),
                view.drifting());
    }

    /** Since when history holds the row's drift; null when it holds another (it cannot say) or none. */
    private static Instant since(Held held, CronJobRow row) {
        return held != null && held.state().equals(row.drift().wire()) ? held.since() : null;
    }

    /** Each job's drift by subject, as wire names: the state an operator acts on. */
    public static Map<String, String> states(CronStateView view) {
        Map<String, String> states = new TreeMap<>();
        view.jobs().forEach(j -> states.put(j.subject(), j.drift().wire()));
        return states;
    }

    /**
     * When time alone next changes a job's drift in this view: a runner's cron ticker stalls (its
     * heartbeat or its last success older than the bound), an enabled job's next run plus the grace
     * runs out (overdue), a pause outlasts the bound (paused unnoticed); empty when nothing is due.
     */
    public Optional<Instant> nextDeadline(CronStateView view) {
        Thresholds thresholds = config.thresholds();
        Instant next = null;
        for (RunnerRow runner : view.runners()) {
            for (Instant beat : new Instant[] {runner.heartbeatAt(), runner.lastSuccessAt()}) {
                Instant due = beat == null
                        ? null
                        : beat.plus(thresholds.tickerStaleAfter()).plusNanos(1);
                if (due != null && due.isAfter(view.at()) && (next == null || due.isBefore(next))) {
                    next = due;
                }
            }
        }
        for (CronJobRow job : view.jobs()) {
            Instant due = null;
            if (job.desired() == DesiredState.ENABLED
                    && job.nextRun() != null
                    && !job.drifts().contains(CronDrift.OVERDUE)) {
                due = job.nextRun().plus(thresholds.overdueGrace()).plusNanos(1);
            } else if (job.desired() == DesiredState.PAUSED
                    && job.pausedSince() != null
                    && !job.drifts().contains(CronDrift.PAUSED_UNNOTICED)) {
                due = job.pausedSince().plus(thresholds.pausedUnnoticedAfter()).plusNanos(1);
            }
            if (due != null && due.isAfter(view.at()) && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return Optional.ofNullable(next);
    }

    /** The view at an instant as its rows judge it, without the flapping marks (which are judged from these). */
    public CronStateView unmarked(Instant at) {
        List<Observation> hermes = log.latestAt(HERMES, at);
        List<Observation> huey = log.latestAt(HUEY, at);
        return CronStateFold.fold(
                at,
                sources.freshness(HERMES, hermes, at),
                sources.freshness(HUEY, huey, at),
                hermes,
                huey,
                config.thresholds(),
                subject -> pausedRuns.since(subject, at));
    }

    private static boolean paused(Observation o) {
        return !o.gone()
                && JobVerdicts.desired(Facts.of(o, CronJobFact.class, CronJobFact.READER)) == DesiredState.PAUSED;
    }
}
