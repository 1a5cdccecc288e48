package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.maybeFlag;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.objects;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A Hermes cron job as the collector stored it ({@code CronJobRead}): the registry's record under
 * {@code job}, beside it the effective state, the home's zone, the registry's times as UTC instants
 * and the newest run documents. Each instant is null when absent or unreadable.
 *
 * @param name            the job's label, else its id
 * @param scheduleDisplay the schedule as the registry displays it; null when it does not
 * @param enabled         {@code job.enabled}, true when absent (as Hermes reads it)
 * @param zone            the home's zone, {@link FactFields#DEFAULT_ZONE} when absent or unknown
 * @param runClaimAt      when a runner claimed the job for a run it has not finished
 * @param lastError       each text null when the registry has none
 * @param recentRuns      the newest run documents, newest first
 */
public record CronJobFact(
        String home,
        String id,
        String name,
        String scheduleDisplay,
        JobSchedule schedule,
        CronJobState state,
        boolean enabled,
        ZoneId zone,
        Instant createdAt,
        Instant lastRunAt,
        Instant nextRunAt,
        Instant pausedAt,
        Instant runClaimAt,
        CronRunStatus lastStatus,
        String lastError,
        String lastDeliveryError,
        String pausedReason,
        List<RunDocument> recentRuns)
        implements Fact {

    public static final FactReader<CronJobFact> READER = CronJobFact::read;

    /** One run's output document: when it ran (null when its file name is not a time) and what it says. */
    public record RunDocument(Instant runAt, RunDocumentResult result) {}

    private static CronJobFact read(JsonNode payload) {
        JsonNode job = object(payload, "job");
        JsonNode schedule = object(job, "schedule");
        String id = text(job, "id", "");
        Boolean enabled = maybeFlag(job, "enabled");
        return new CronJobFact(
                text(payload, "home", ""),
                id,
                text(job, "name", id),
                text(job, "schedule_display", text(schedule, "display")),
                JobSchedule.read(schedule, instant(payload, "run_at")),
                CronJobState.parse(text(payload, "state")),
                enabled == null || enabled,
                FactFields.zone(payload, "zone"),
                instant(payload, "created_at"),
                instant(payload, "last_run_at"),
                instant(payload, "next_run_at"),
                instant(payload, "paused_at"),
                instant(payload, "run_claim_at"),
                CronRunStatus.parse(text(job, "last_status")),
                text(job, "last_error"),
                text(job, "last_delivery_error"),
                text(job, "paused_reason"),
                objects(object(payload, "outputs"), "recent").stream()
                        .map(run ->
                                new RunDocument(instant(run, "run_at"), RunDocumentResult.parse(text(run, "result"))))
                        .toList());
    }
}
