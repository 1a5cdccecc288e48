package dev.commandcenter.query.cron;

import static dev.commandcenter.query.cron.Folds.fold;
import static dev.commandcenter.query.cron.Folds.job;
import static dev.commandcenter.query.cron.Folds.observations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.fact.ConsumerProcess;
import dev.commandcenter.fact.RunnerLiveness;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CronStateFoldTest {

    private static final Instant JULY_20 = Instant.parse("2026-07-20T09:40:00Z");
    private static final Instant JULY_22 = Instant.parse("2026-07-22T18:05:00Z");
    private static final Instant MARCH_2 = Instant.parse("2026-03-02T15:40:00Z");

    /** The jobs a Hermes scenario says are overdue at its reference instant, as the collector's golden test writes them. */
    private static Set<String> overdueInScenario(String scenario) {
        Set<String> overdue = new HashSet<>();
        FixtureFiles.json("cron/overdue-" + scenario + ".json").path("overdue").forEach(id -> overdue.add(id.asText()));
        return overdue;
    }

    private static Set<String> withDrift(CronStateView view, CronDrift drift) {
        return view.jobs().stream()
                .filter(j -> j.drifts().contains(drift))
                .map(CronJobRow::job)
                .collect(Collectors.toSet());
    }

    @Test
    void aRunningGatewayWithAHealthyTickerShowsNothingOverdueAndOnlyTheFailedJobAsFailing() throws Exception {
        CronStateView view =
                fold(JULY_20, observations("hermes-running.json", "hermes", JULY_20.minusSeconds(30)), List.of());

        assertEquals(RunnerLiveness.RUNNING, view.runners().get(0).liveness());
        assertEquals(TickerState.HEALTHY, view.runners().get(0).ticker());
        assertEquals(Set.of(), withDrift(view, CronDrift.OVERDUE));
        assertEquals(Set.of(), withDrift(view, CronDrift.RUNNER_ABSENT));
        CronJobRow failed = job(view, "4afae1b17f3a");
        assertEquals(CronDrift.FAILING, failed.drift());
        assertTrue(failed.evidence().contains("HTTP 429"), failed.evidence());
        assertEquals(1, view.drifting());
        CronJobRow paused = job(view, "120349ec2eaa");
        assertEquals(DesiredState.PAUSED, paused.desired());
        assertEquals(CronDrift.OK, paused.drift(), "paused 3 h ago: not yet unnoticed");
        assertEquals("Paused by operator: mailbox migration in progress", paused.reason());
        CronJobRow hourly = job(view, "3211b8a1b2aa");
        assertEquals(Instant.parse("2026-07-20T10:00:00Z"), hourly.nextRun());
        assertEquals(Freshness.LIVE, hourly.freshness());
        assertEquals(CronDrift.FAILING, view.jobs().get(0).drift(), "drifting jobs come first");
    }

    @Test
    void aCleanlyStoppedGatewayLeavesEveryEnabledJobWithoutARunnerAndTheDueOnesOverdue() throws Exception {
        CronStateView view =
                fold(JULY_20, observations("hermes-stopped.json", "hermes", JULY_20.minusSeconds(30)), List.of());

        assertEquals(RunnerLiveness.STOPPED, view.runners().get(0).liveness());
        assertEquals(TickerState.STALLED, view.runners().get(0).ticker());
        assertEquals(
                Set.of("bcb55a82f538", "107055337743", "21fb81a9c45c", "5cc42074c809", "65198a792ca0"),
                withDrift(view, CronDrift.RUNNER_ABSENT));
        assertEquals(overdueInScenario("stopped"), withDrift(view, CronDrift.OVERDUE));
        CronJobRow error = job(view, "107055337743");
        assertEquals(ActualState.ERROR, error.actual());
        assertTrue(error.drifts().contains(CronDrift.FAILING));
        assertEquals(
                Instant.parse("2026-07-20T10:00:00Z"),
                error.nextRun(),
                "computed from the cron expression although next_run_at is null");
        assertEquals(ActualState.STRANDED, job(view, "bcb55a82f538").actual());
    }

    @Test
    void aCrashedGatewayThatStillClaimsToRunIsAbsentAndItsClaimedOneShotInterrupted() throws Exception {
        CronStateView view =
                fold(JULY_22, observations("hermes-crashed.json", "hermes", JULY_22.minusSeconds(30)), List.of());

        assertEquals(RunnerLiveness.DEAD, view.runners().get(0).liveness());
        assertEquals("running", view.runners().get(0).gatewayState());
        assertEquals(overdueInScenario("crashed"), withDrift(view, CronDrift.OVERDUE));
        assertEquals(overdueInScenario("crashed"), withDrift(view, CronDrift.RUNNER_ABSENT));
        assertEquals(ActualState.INTERRUPTED, job(view, "6abb521181bd").actual());
        assertEquals(CronDrift.RUNNER_ABSENT, job(view, "6abb521181bd").drift());
    }

    @Test
    void theLegacyBuildsNaiveTimesGiveTheSameOverdueJobsAsTheScenario() throws Exception {
        CronStateView view =
                fold(MARCH_2, observations("hermes-legacy.json", "hermes", MARCH_2.minusSeconds(30)), List.of());

        assertEquals(overdueInScenario("legacy"), withDrift(view, CronDrift.OVERDUE));
        assertEquals(RunnerLiveness.DEAD, view.runners().get(0).liveness());
        assertEquals(TickerState.UNKNOWN, view.runners().get(0).ticker(), "the old build writes no ticker files");
        assertEquals(
                Instant.parse("2026-03-03T14:00:00Z"), job(view, "73cafa041450").nextRun());
    }

    @Test
    void aJobPausedForTwoDaysIsPausedUnnoticedWithSinceWhenAndWhy() throws Exception {
        Instant twoDaysLater = Instant.parse("2026-07-22T08:30:00Z");
        CronStateView view = fold(
                twoDaysLater, observations("hermes-running.json", "hermes", twoDaysLater.minusSeconds(30)), List.of());

        CronJobRow paused = job(view, "120349ec2eaa");
        assertEquals(CronDrift.PAUSED_UNNOTICED, paused.drift());
        assertEquals(Instant.parse("2026-07-20T06:20:00.118700Z"), paused.pausedSince());
        assertTrue(paused.evidence().startsWith("paused for 2d 2h"), paused.evidence());
        assertEquals("Paused by operator: mailbox migration in progress", paused.reason());
    }

    @Test
    void aLegacyDisabledJobIsPausedSinceTheLogFirstSawItPaused() throws Exception {
        CronStateView view = CronStateFold.fold(
                MARCH_2,
                Folds.live("hermes", MARCH_2),
                Folds.live("huey", MARCH_2),
                observations("hermes-legacy.json", "hermes", MARCH_2),
                List.of(),
                Thresholds.defaults(),
                subject -> subject.endsWith("/7b277d76b3ca") ? MARCH_2.minus(Duration.ofDays(3)) : null);

        CronJobRow weekly = job(view, "7b277d76b3ca");
        assertEquals(CronDrift.PAUSED_UNNOTICED, weekly.drift());
        assertEquals(MARCH_2.minus(Duration.ofDays(3)), weekly.pausedSince());
    }

    @Test
    void aGatewayAliveWithAStalledTickerLeavesItsJobsWithoutARunner() throws Exception {
        Instant later = JULY_20.plus(Duration.ofMinutes(10));
        CronStateView view =
                fold(later, observations("hermes-running.json", "hermes", later.minusSeconds(30)), List.of());

        assertEquals(TickerState.STALLED, view.runners().get(0).ticker());
        CronJobRow hourly = job(view, "3211b8a1b2aa");
        assertEquals(CronDrift.RUNNER_ABSENT, hourly.drift());
        assertTrue(hourly.evidence().contains("ticker last beat 10m"), hourly.evidence());
    }

    @Test
    void aFailedReadKeepsTheLastGoodJobsVisibleAsStaleWithTheReason() throws Exception {
        CronStateView view = CronStateFold.fold(
                JULY_20,
                Folds.failed(
                        "hermes",
                        "last read failed (malformed): cron/jobs.json is not JSON",
                        JULY_20.minusSeconds(300)),
                Folds.live("huey", JULY_20),
                observations("hermes-running.json", "hermes", JULY_20.minusSeconds(300)),
                List.of(),
                Thresholds.defaults(),
                subject -> null);

        assertEquals(6, view.jobs().size(), "not erased");
        CronJobRow hourly = job(view, "3211b8a1b2aa");
        assertEquals(Freshness.STALE, hourly.freshness());
        assertEquals(CronDrift.UNKNOWN, hourly.drift(), "no ok without a fresh successful read");
        assertTrue(hourly.freshnessReason().contains("malformed"), hourly.freshnessReason());
    }

    @Test
    void noSourceReadMeansNoRowsAndTheSourcesSayUnknown() {
        CronStateView view = CronStateFold.fold(
                JULY_20,
                Folds.failed("hermes", "never read", null),
                Folds.failed("huey", "not configured", null),
                List.of(),
                List.of(),
                Thresholds.defaults(),
                s -> null);

        assertTrue(view.jobs().isEmpty());
        assertEquals(
                List.of(Freshness.UNKNOWN, Freshness.UNKNOWN),
                view.sources().stream().map(s -> s.freshness()).toList());
    }

    @Test
    void queuePressureComesFromTheHueyStoreAndItsStats() throws Exception {
        Instant at = Instant.parse("2026-07-20T09:28:00Z");
        CronStateView view = fold(at, List.of(), observations("huey-v3.3.0-new-york.json", "huey", at));

        QueueRow shop = view.queues().stream()
                .filter(q -> q.queue().equals("shop"))
                .findFirst()
                .orElseThrow();
        assertEquals(8, shop.pending());
        assertEquals(4, shop.scheduled());
        assertEquals(2, shop.errorResults());
        assertEquals(2, shop.errorsInWindow());
        assertEquals(List.of("nightly-export"), shop.locks());
        assertEquals(1, shop.inflight().size());
        assertTrue(shop.oldestPendingAt().isBefore(at));
        ConsumerRow consumer = view.consumers().get(0);
        assertFalse(consumer.exited());
        assertEquals(ConsumerProcess.DEAD, consumer.process());
        assertTrue(consumer.runningTask().startsWith("shop.tasks.nightly_export"));
        QueueRow reports = view.queues().stream()
                .filter(q -> q.queue().equals("reports"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, reports.pending());
        assertEquals(0, reports.errorsInWindow());
    }
}
