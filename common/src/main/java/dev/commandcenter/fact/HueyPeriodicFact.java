package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.flag;
import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.text;
import static dev.commandcenter.fact.FactFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A configured Huey periodic task as the collector stored it ({@code HueyPeriodicRead}): its intended
 * crontab and, where the stats tables are read, how many times each signal was recorded for it and when last.
 *
 * @param cron         the configured crontab, five fields
 * @param zone         the zone the crontab is read in, {@link FactFields#DEFAULT_ZONE} when absent or unknown
 * @param historyKnown the stats tables were read: no runs then means none recorded
 * @param runs         per signal; signals this version does not know are left out
 * @param lastError    the newest error recorded for it; null when none
 */
public record HueyPeriodicFact(
        String task, String cron, ZoneId zone, boolean historyKnown, Map<HueySignal, Runs> runs, String lastError)
        implements Fact {

    public static final FactReader<HueyPeriodicFact> READER = HueyPeriodicFact::read;

    /** How many times a signal was recorded for the task, and the newest one's time (null when unreadable). */
    public record Runs(long count, Instant lastAt) {}

    /** The crontab as a schedule. */
    public JobSchedule schedule() {
        return new JobSchedule.Cron(cron);
    }

    /** When the signal was last recorded for the task; null when never. */
    public Instant lastAt(HueySignal signal) {
        Runs known = runs.get(signal);
        return known == null ? null : known.lastAt();
    }

    private static HueyPeriodicFact read(JsonNode payload) {
        Map<HueySignal, Runs> runs = new EnumMap<>(HueySignal.class);
        object(payload, "runs").properties().forEach(e -> {
            HueySignal signal = HueySignal.parse(e.getKey());
            if (signal != null && e.getValue().isObject()) {
                runs.put(signal, new Runs(whole(e.getValue(), "count"), instant(e.getValue(), "last_at")));
            }
        });
        return new HueyPeriodicFact(
                text(payload, "task", ""),
                text(payload, "cron", ""),
                FactFields.zone(payload, "zone"),
                flag(payload, "history_known"),
                Collections.unmodifiableMap(runs),
                text(payload, "last_error"));
    }
}
