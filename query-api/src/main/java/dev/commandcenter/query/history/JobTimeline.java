package dev.commandcenter.query.history;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.cron.CronStateView;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduled job's drift ({@code CronDrift}: ok, overdue, failing, …) over time, as the cron state
 * view judged it; subject is the job's log key, e.g. {@code cron:job:default/3211b8a1b2aa}. Drift,
 * not the actual state, because drift is what an operator acts on.
 */
@Singleton
public class JobTimeline extends ViewTimeline {

    private final CronStateProjection cron;
    private volatile CronStateView last;

    @Inject
    public JobTimeline(ChangeInstants changes, CronStateProjection cron) {
        super(changes);
        this.cron = cron;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.JOB;
    }

    @Override
    List<String> sources() {
        return CronStateProjection.INPUTS;
    }

    @Override
    boolean input(Observation o, Optional<String> subject) {
        // A job's drift also follows its runner (gateway, ticker, consumer): only other jobs are left out.
        return subject.map(job -> o.subject().equals(job) || !isJob(o.subject()))
                .orElse(true);
    }

    private static boolean isJob(String subject) {
        return SubjectKey.CRON_JOB.matches(subject) || SubjectKey.HUEY_PERIODIC.matches(subject);
    }

    @Override
    Map<String, String> statesAt(Instant at) {
        return CronStateProjection.states(viewAt(at));
    }

    /** A job turns overdue, or its pause unnoticed, at the instant its bound runs out. */
    @Override
    Optional<Instant> nextDeadline(Instant at) {
        return cron.nextDeadline(viewAt(at));
    }

    /** The view at an instant; the last one is kept, since its states and its deadline are asked in turn. */
    private CronStateView viewAt(Instant at) {
        CronStateView known = last;
        if (known != null && known.at().equals(at)) {
            return known;
        }
        CronStateView view = cron.unmarked(at);
        last = view;
        return view;
    }
}
