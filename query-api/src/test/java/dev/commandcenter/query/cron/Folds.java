package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.testing.FixtureFiles;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Observations as the collector stores them. The payload files under {@code fixtures/cron/} are
 * what the Hermes and Huey sources produce from the shared fixtures (the Hermes homes with the
 * scenario's truth about the gateway process): the collector's {@code CronPayloadFixturesTest} and
 * {@code QueuePayloadFixturesTest} fail when they differ, and rewrite them with {@code -Dgolden.write=true}.
 */
final class Folds {

    static final ObjectMapper JSON = new ObjectMapper();

    private Folds() {}

    static List<Observation> observations(String file, String source, Instant observedAt) throws IOException {
        return observations(file, source, observedAt, UnaryOperator.identity());
    }

    /** @param edit changes a subject's payload before it is stored, to build a scenario from a fixture */
    static List<Observation> observations(
            String file, String source, Instant observedAt, UnaryOperator<ObjectNode> edit) throws IOException {
        List<Observation> out = new ArrayList<>();
        long seq = 1;
        for (JsonNode subject : FixtureFiles.json("cron/" + file)) {
            ObjectNode payload = edit.apply(((ObjectNode) subject.get("payload")).deepCopy());
            out.add(new Observation(
                    seq++,
                    1,
                    source,
                    subject.get("subject").asText(),
                    observedAt,
                    null,
                    subject.get("kind").asText(),
                    "hash",
                    JSON.writeValueAsString(payload),
                    false));
        }
        return out;
    }

    static SourceStatus live(String source, Instant readAt) {
        return new SourceStatus(source, source, Freshness.LIVE, null, readAt, null, 180L);
    }

    static SourceStatus failed(String source, String reason, Instant lastGood) {
        return new SourceStatus(source, source, Freshness.UNKNOWN, reason, lastGood, null, 180L);
    }

    static CronStateView fold(Instant at, List<Observation> hermes, List<Observation> huey) {
        return CronStateFold.fold(
                at,
                live("hermes", at.minusSeconds(20)),
                live("huey", at.minusSeconds(20)),
                hermes,
                huey,
                Thresholds.defaults(),
                subject -> null);
    }

    static CronJobRow job(CronStateView view, String id) {
        return view.jobs().stream()
                .filter(j -> j.job().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id));
    }
}
