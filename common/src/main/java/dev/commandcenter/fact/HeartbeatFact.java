package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.maybeWhole;
import static dev.commandcenter.fact.FactFields.object;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * One agent's heartbeat as the collector stored it ({@code agent:<name>}, format:
 * {@code docs/sources/heartbeat.md}): the file the agent wrote, why there is none, the agent's
 * settings, and what its Hermes home says.
 *
 * @param agent     the agent's name; null when absent (the subject names it too)
 * @param claim     the issue it works on, a valid {@code owner/repo#N}; null when none
 * @param heartbeat the file as the agent wrote it; null when none was read
 * @param error     why there is no usable file (or what is wrong in it); null when none
 * @param hermes    null unless the agent runs in a Hermes home
 */
public record HeartbeatFact(
        String agent,
        String claim,
        HeartbeatFile heartbeat,
        Problem error,
        AgentSettings settings,
        HermesGateway hermes)
        implements Fact {

    public static final FactReader<HeartbeatFact> READER = HeartbeatFact::read;

    /** What is wrong with the file, in the collector's words; {@code message} is null when not said. */
    public record Problem(HeartbeatProblem kind, String message) {}

    /**
     * The agent's settings, stored beside its heartbeat so the view is judged from the log alone. A
     * heartbeat stored without them (an older collector) takes the collector's defaults, held here once.
     *
     * @param declared   false only for an agent known from its heartbeat file alone; absent reads as declared
     * @param giteaLogin null when absent: the agent's name stands for it
     * @param endpoint   the endpoint it depends on; null when none
     */
    public record AgentSettings(
            boolean declared, Duration stuckAfter, Duration heartbeatMaxAge, String giteaLogin, String endpoint) {

        /** Holding one claim longer than this while working is stuck. */
        public static final Duration DEFAULT_STUCK_AFTER = Duration.ofHours(2);
        /** A heartbeat older than this says the agent is not progressing. */
        public static final Duration DEFAULT_HEARTBEAT_MAX_AGE = Duration.ofMinutes(10);

        /** The settings of a heartbeat that stored none. */
        public static final AgentSettings DEFAULTS =
                new AgentSettings(true, DEFAULT_STUCK_AFTER, DEFAULT_HEARTBEAT_MAX_AGE, null, null);

        static AgentSettings read(JsonNode settings) {
            JsonNode declared = settings.get("declared");
            return new AgentSettings(
                    declared == null || !declared.isBoolean() || declared.booleanValue(),
                    seconds(settings, "stuck_after_seconds", DEFAULT_STUCK_AFTER),
                    seconds(settings, "heartbeat_max_age_seconds", DEFAULT_HEARTBEAT_MAX_AGE),
                    text(settings, "gitea_login"),
                    text(settings, "endpoint"));
        }

        private static Duration seconds(JsonNode settings, String field, Duration otherwise) {
            Long seconds = maybeWhole(settings, field);
            return seconds == null ? otherwise : Duration.ofSeconds(seconds);
        }
    }

    private static HeartbeatFact read(JsonNode payload) {
        JsonNode heartbeat = payload.get("heartbeat");
        JsonNode error = payload.get("error");
        JsonNode hermes = payload.get("hermes");
        return new HeartbeatFact(
                text(payload, "agent"),
                text(payload, "claim"),
                heartbeat != null && heartbeat.isObject() ? HeartbeatFile.read(heartbeat) : null,
                error != null && error.isObject()
                        ? new Problem(HeartbeatProblem.parse(text(error, "kind")), text(error, "message"))
                        : null,
                AgentSettings.read(object(payload, "settings")),
                hermes != null && hermes.isObject() ? HermesGateway.read(hermes) : null);
    }
}
