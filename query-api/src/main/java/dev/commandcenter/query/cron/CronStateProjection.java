package dev.commandcenter.query.cron;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Folds the log into the cron state view at an instant, through {@link LogReader} only. */
@ApplicationScoped
public class CronStateProjection {

    private static final String HERMES = KnownSource.HERMES.sourceName();
    private static final String HUEY = KnownSource.HUEY.sourceName();

    private final LogReader log;
    private final SourcesProjection sources;
    private final CronStateConfig config;

    @Inject
    public CronStateProjection(LogReader log, SourcesProjection sources, CronStateConfig config) {
        this.log = log;
        this.sources = sources;
        this.config = config;
    }

    public CronStateView at(Instant at) {
        return CronStateFold.fold(at, sources.status(HERMES, at), sources.status(HUEY, at), log.latestAt(HERMES, at),
                log.latestAt(HUEY, at), config.thresholds(), subject -> pausedSince(subject, at));
    }

    /** The start of the newest unbroken run of paused observations of a job, as the log recorded them. */
    private Instant pausedSince(String subject, Instant at) {
        List<Observation> history = log.history(HERMES, subject, Instant.EPOCH, at);
        Instant since = null;
        for (Observation o : history) {
            boolean paused = !o.gone() && isPaused(Payloads.parse(o.payload()));
            since = paused ? (since == null ? o.observedAt() : since) : null;
        }
        return since;
    }

    private static boolean isPaused(JsonNode payload) {
        return JobVerdicts.desired(payload.path("job"), payload.path("state").asText("")) == DesiredState.PAUSED;
    }
}
