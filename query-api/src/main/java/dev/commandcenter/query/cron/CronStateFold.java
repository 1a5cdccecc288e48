package dev.commandcenter.query.cron;

import dev.commandcenter.fact.CronJobFact;
import dev.commandcenter.fact.CronRunnerFact;
import dev.commandcenter.fact.Facts;
import dev.commandcenter.fact.HueyConsumerFact;
import dev.commandcenter.fact.HueyPeriodicFact;
import dev.commandcenter.fact.HueyQueueFact;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.sources.HostFreshness;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cron state view from the latest observations of {@code hermes} and {@code huey} at an
 * instant. A pure function of its arguments, tested by folding observations with a fixed instant.
 */
public final class CronStateFold {

    private CronStateFold() {}

    /**
     * @param pausedSince since when the log shows a subject paused (for registries that do not record it)
     */
    public static CronStateView fold(
            Instant at,
            SourceStatus hermes,
            SourceStatus huey,
            List<Observation> hermesLatest,
            List<Observation> hueyLatest,
            Thresholds thresholds,
            Function<String, Instant> pausedSince) {
        return fold(
                at,
                HostFreshness.single(hermes),
                HostFreshness.single(huey),
                hermesLatest,
                hueyLatest,
                thresholds,
                pausedSince);
    }

    /**
     * As above, each row as fresh as the collector host that observed it.
     *
     * @param pausedSince since when the log shows a subject paused (for registries that do not record it)
     */
    public static CronStateView fold(
            Instant at,
            HostFreshness hermes,
            HostFreshness huey,
            List<Observation> hermesLatest,
            List<Observation> hueyLatest,
            Thresholds thresholds,
            Function<String, Instant> pausedSince) {
        Map<String, RunnerRow> runners = new HashMap<>();
        List<Observation> jobs = new ArrayList<>();
        for (Observation o : hermesLatest) {
            if (SubjectKey.CRON_RUNNER.matches(o.subject())) {
                RunnerRow row = RunnerRows.of(
                        o, Facts.of(o, CronRunnerFact.class, CronRunnerFact.READER), hermes.of(o), at, thresholds);
                runners.put(row.home(), row);
            } else if (SubjectKey.CRON_JOB.matches(o.subject())) {
                jobs.add(o);
            }
        }
        List<CronJobRow> jobRows = new ArrayList<>();
        for (Observation o : jobs) {
            CronJobFact job = Facts.of(o, CronJobFact.class, CronJobFact.READER);
            boolean paused = JobVerdicts.desired(job) == DesiredState.PAUSED;
            jobRows.add(JobVerdicts.judge(
                    o,
                    job,
                    runners.get(job.home()),
                    hermes.of(o),
                    at,
                    thresholds,
                    paused ? pausedSince.apply(o.subject()) : null));
        }
        List<QueueRow> queues = new ArrayList<>();
        List<ConsumerRow> consumers = new ArrayList<>();
        List<Observation> periodic = new ArrayList<>();
        for (Observation o : hueyLatest) {
            if (SubjectKey.HUEY_QUEUE.matches(o.subject())) {
                queues.add(QueueRows.queue(
                        o, Facts.of(o, HueyQueueFact.class, HueyQueueFact.READER), huey.of(o), at, thresholds));
            } else if (SubjectKey.HUEY_CONSUMER.matches(o.subject())) {
                consumers.add(QueueRows.consumer(
                        o, Facts.of(o, HueyConsumerFact.class, HueyConsumerFact.READER), huey.of(o)));
            } else if (SubjectKey.HUEY_PERIODIC.matches(o.subject())) {
                periodic.add(o);
            }
        }
        for (Observation o : periodic) {
            jobRows.add(PeriodicVerdicts.judge(
                    o,
                    Facts.of(o, HueyPeriodicFact.class, HueyPeriodicFact.READER),
                    consumers,
                    huey.of(o),
                    at,
                    thresholds));
        }
        jobRows.sort(Comparator.comparing((CronJobRow r) -> r.drift().ordinal()).thenComparing(CronJobRow::subject));
        List<RunnerRow> runnerRows = runners.values().stream()
                .sorted(Comparator.comparing(RunnerRow::home))
                .toList();
        long drifting = jobRows.stream().filter(r -> r.drift().matters()).count();
        return new CronStateView(
                at, List.of(hermes.source(), huey.source()), jobRows, runnerRows, queues, consumers, drifting);
    }
}
