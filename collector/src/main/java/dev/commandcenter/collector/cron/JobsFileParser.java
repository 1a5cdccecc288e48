package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.files.ParseErrors;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code cron/jobs.json} into one {@code CronJobRead} per job. The job record is kept whole
 * under {@code job}; what is derived from it (effective state, UTC instants, recent runs) sits beside it.
 */
final class JobsFileParser {

    static final String KIND = "CronJobRead";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATES = Set.of("scheduled", "paused", "completed", "error");
    private static final List<String> TIMES = List.of("next_run_at", "last_run_at", "created_at", "paused_at");

    private JobsFileParser() {}

    /** The jobs and how many entries had no usable id (they cannot be keyed, so they are counted). */
    record Jobs(List<SubjectSeen> seen, int skipped) {}

    /** @throws SourceFailure {@code MALFORMED} when the file is not a jobs file (e.g. half written) */
    static Jobs parse(HermesHome home, String text, HermesZone zone, Map<String, HermesFiles.RunDocuments> outputs)
            throws SourceFailure {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(home, "is not JSON (" + ParseErrors.what(e) + ")", e);
        }
        JsonNode jobs = root == null ? null : root.isArray() ? root : root.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw malformed(home, "has no \"jobs\" list", null);
        }
        List<SubjectSeen> seen = new ArrayList<>();
        int skipped = 0;
        for (JsonNode job : jobs) {
            String id = job.path("id").asText("");
            if (!job.isObject() || !job.path("id").isTextual() || id.isBlank()) {
                skipped++;
                continue;
            }
            ObjectNode payload = payload(home, (ObjectNode) job, zone, outputs.get(id));
            String lastRun = payload.path("last_run_at").asText(null);
            seen.add(new SubjectSeen(
                    home.jobSubject(id), KIND, lastRun == null ? null : Instant.parse(lastRun), payload));
        }
        return new Jobs(seen, skipped);
    }

    private static ObjectNode payload(HermesHome home, ObjectNode job, HermesZone zone, HermesFiles.RunDocuments runs) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("home", home.name());
        payload.set("job", job);
        payload.put("state", effectiveState(job));
        payload.put("zone", zone.zone().getId());
        payload.put("zone_from", zone.from());
        boolean naive = false;
        ArrayNode unparsed = payload.putArray("unparsed_times");
        for (String field : TIMES) {
            JsonNode raw = job.get(field);
            naive |= putInstant(payload, field, raw, zone, unparsed);
        }
        JsonNode claim = job.path("run_claim");
        naive |= putInstant(payload, "run_claim_at", claim.get("at"), zone, unparsed);
        JsonNode schedule = job.path("schedule");
        if ("once".equals(schedule.path("kind").asText())) {
            naive |= putInstant(payload, "run_at", schedule.get("run_at"), zone, unparsed);
        }
        payload.put("naive_timestamps", naive);
        ObjectNode outputs = payload.putObject("outputs");
        outputs.put("count", runs == null ? 0 : runs.count());
        ArrayNode recent = outputs.putArray("recent");
        if (runs != null) {
            runs.newest().forEach(doc -> recent.add(RunDocumentParser.parse(doc, zone.zone())));
        }
        return payload;
    }

    /** As Hermes does: a missing state is {@code scheduled} when enabled, else {@code paused}. */
    static String effectiveState(JsonNode job) {
        String state = job.path("state").asText("");
        if (STATES.contains(state)) {
            return state;
        }
        if (!state.isEmpty()) {
            return state;
        }
        return job.path("enabled").asBoolean(true) ? "scheduled" : "paused";
    }

    /** @return whether the value was naive */
    private static boolean putInstant(
            ObjectNode payload, String field, JsonNode raw, HermesZone zone, ArrayNode unparsed) {
        if (raw == null || raw.isNull() || !raw.isTextual() || raw.asText().isBlank()) {
            if (raw != null && !raw.isNull()) {
                unparsed.add(field);
            }
            payload.putNull(field);
            return false;
        }
        try {
            HermesTime.Parsed parsed = HermesTime.parse(raw.asText(), zone.zone());
            payload.put(field, parsed.instant().toString());
            return parsed.naive();
        } catch (DateTimeException e) {
            unparsed.add(field);
            payload.putNull(field);
            return false;
        }
    }

    private static SourceFailure malformed(HermesHome home, String what, Throwable cause) {
        return new SourceFailure(
                ReadOutcome.MALFORMED, "Hermes home " + home.name() + ": cron/jobs.json " + what, cause);
    }
}
