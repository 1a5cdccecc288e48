package dev.commandcenter.query.brief;

import dev.commandcenter.query.cron.CronDrift;
import dev.commandcenter.query.cron.CronJobRow;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.cron.CronStateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Cron failures and pauses that matter: runner absent or failing is red; overdue or paused unnoticed is amber. */
@ApplicationScoped
public class CronBrief implements BriefContributor {

    private final CronStateProjection cron;

    @Inject
    public CronBrief(CronStateProjection cron) {
        this.cron = cron;
    }

    @Override
    public BriefArea area() {
        return BriefArea.CRON;
    }

    @Override
    public BriefPart part(Instant at) {
        return of(cron.at(at));
    }

    /** The cron area of a cron state view: configured when any cron source (Hermes or Huey) is. */
    static BriefPart of(CronStateView view) {
        var cronSources = view.sources();
        PartBuilder part = new PartBuilder(BriefArea.CRON, "/cron");
        part.sources(cronSources);
        for (CronJobRow job : view.jobs()) {
            // How long the drift has held, from history; where history cannot say, when its data last changed.
            Instant changed = job.driftSince() != null ? job.driftSince() : job.observedAt();
            part.row(changed, job.freshness());
            Health health = health(job.drift());
            if (job.flapping()) {
                part.add(
                        Health.AMBER,
                        (job.name() == null ? job.job() : job.name()) + " is flapping",
                        "its drift changes more often than the flapping bound",
                        jobLink(job),
                        job.source(),
                        job.freshness(),
                        changed);
            }
            if (health != Health.GREEN) {
                part.add(
                        health,
                        (job.name() == null ? job.job() : job.name()) + ": "
                                + job.drift().wire(),
                        job.reason() == null ? job.evidence() : job.reason(),
                        jobLink(job),
                        job.source(),
                        job.freshness(),
                        changed);
            }
        }
        String summary = view.jobs().size() + " jobs, " + view.drifting() + " drifting";
        return part.build(PartBuilder.anyConfigured(cronSources), summary);
    }

    /** The job's row on the cron page, with the id the page gives it. */
    private static String jobLink(CronJobRow job) {
        return "/cron#job-" + Anchors.of(job.home()) + "-" + Anchors.of(job.job());
    }

    static Health health(CronDrift drift) {
        return switch (drift) {
            case RUNNER_ABSENT, FAILING -> Health.RED;
            case OVERDUE, PAUSED_UNNOTICED -> Health.AMBER;
            case UNKNOWN -> Health.UNKNOWN;
            case OK -> Health.GREEN;
        };
    }
}
