package dev.commandcenter.collector.heartbeat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.agents.AgentTarget;
import dev.commandcenter.files.FileContent;
import dev.commandcenter.files.ParseErrors;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Turns one agent's heartbeat file into the payload of its {@code agent:<name>} observation
 * (format: {@code docs/sources/heartbeat.md}). Pure: a bad file becomes an {@code error} in the
 * payload, never an exception, so one broken agent cannot hide the others.
 */
public final class HeartbeatParser {

    /** A claim names one issue: {@code owner/repo#12}. */
    public static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeartbeatParser() {}

    /** The parsed heartbeat, with the agent's settings beside it; {@code writtenAt} is the source time, if valid. */
    public record Parsed(ObjectNode payload, Instant writtenAt) {}

    public static Parsed parse(AgentTarget agent, FileContent file) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("agent", agent.name());
        payload.putNull("claim");
        payload.putNull("heartbeat");
        payload.put(
                "file",
                agent.heartbeatFile() == null ? null : agent.heartbeatFile().toString());
        payload.putNull("error");
        payload.set("settings", settings(agent));
        if (agent.heartbeatFile() == null) {
            if (agent.hermesHome() != null) {
                return new Parsed(payload, null);
            }
            return new Parsed(
                    error(
                            payload,
                            "not-configured",
                            "no heartbeat file: set command-center.heartbeats.dir" + " or command-center.agents.\""
                                    + agent.name() + "\".heartbeat"),
                    null);
        }
        if (!file.present()) {
            return new Parsed(error(payload, file.problem().label(), file.detail()), null);
        }
        JsonNode heartbeat;
        try {
            heartbeat = JSON.readTree(file.bytes());
        } catch (JsonProcessingException e) {
            return new Parsed(
                    error(
                            payload,
                            "malformed",
                            ParseErrors.json(agent.heartbeatFile().getFileName().toString(), e)),
                    null);
        } catch (IOException e) {
            return new Parsed(error(payload, "unreadable", agent.heartbeatFile() + " cannot be read"), null);
        }
        if (heartbeat == null || !heartbeat.isObject()) {
            return new Parsed(error(payload, "malformed", "not a JSON object"), null);
        }
        payload.set("heartbeat", heartbeat);
        JsonNode claim = heartbeat.path("claim");
        if (claim.isTextual() && CLAIM.matcher(claim.asText()).matches()) {
            payload.put("claim", claim.asText());
        } else if (!claim.isMissingNode() && !claim.isNull()) {
            error(payload, "malformed", "claim " + claim + " is not owner/repo#N");
        }
        Instant writtenAt = instant(heartbeat.path("written_at"));
        if (writtenAt == null) {
            error(payload, "malformed", "written_at is missing or not an ISO-8601 date-time with offset");
        }
        return new Parsed(payload, writtenAt);
    }

    /** An ISO-8601 date-time with offset, or null. */
    public static Instant instant(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ObjectNode settings(AgentTarget agent) {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        settings.put("declared", agent.declared());
        settings.put("stuck_after_seconds", agent.stuckAfter().toSeconds());
        settings.put("heartbeat_max_age_seconds", agent.heartbeatMaxAge().toSeconds());
        settings.put("gitea_login", agent.giteaLogin());
        settings.put("endpoint", agent.endpoint());
        settings.put(
                "hermes_home",
                agent.hermesHome() == null ? null : agent.hermesHome().toString());
        return settings;
    }

    private static ObjectNode error(ObjectNode payload, String kind, String message) {
        ObjectNode error = payload.putObject("error");
        error.put("kind", kind);
        error.put("message", message);
        return payload;
    }
}
