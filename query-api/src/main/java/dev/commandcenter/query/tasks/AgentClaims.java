package dev.commandcenter.query.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.StoredPayloads;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which agents claim which issue, from the latest {@code heartbeats} observations ({@code agent:<name>},
 * payload {@code {"agent": ..., "claim": "owner/repo#N" | null, "heartbeat": {"written_at": ...}}}),
 * each with its freshness: a claim is only as fresh as the heartbeat that holds it. A payload that
 * does not say so claims nothing. Pure.
 */
public final class AgentClaims {

    public static final String SOURCE = KnownSource.HEARTBEATS.sourceName();
    /** The agent health view's default, for a heartbeat that does not carry its agent's bound. */
    static final long DEFAULT_MAX_AGE_SECONDS = 600;

    private static final Pattern CLAIM = Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)#(\\d+)");

    private AgentClaims() {}

    /** Issue subject key ({@code gitea:issue:owner/repo#N}) → the agents claiming it, sorted by agent. */
    public static Map<String, List<AgentClaim>> byIssue(List<Observation> heartbeats, SourceStatus source, Instant at) {
        Map<String, List<AgentClaim>> claims = new TreeMap<>();
        for (Observation o : heartbeats) {
            if (!SubjectKey.AGENT.matches(o.subject())) {
                continue;
            }
            JsonNode payload = StoredPayloads.decode(o.payload()).orElse(null);
            if (payload == null) {
                continue;
            }
            String agent = payload.path("agent").asText(SubjectKey.AGENT.nameOf(o.subject()));
            Matcher m = CLAIM.matcher(payload.path("claim").asText(""));
            if (m.matches()) {
                claims.computeIfAbsent(SubjectKey.GITEA_ISSUE.inRepo(m.group(1)) + m.group(2), k -> new ArrayList<>())
                        .add(claim(agent, payload, source, at));
            }
        }
        claims.values().forEach(list -> list.sort(Comparator.comparing(AgentClaim::agent)));
        return claims;
    }

    private static AgentClaim claim(String agent, JsonNode payload, SourceStatus source, Instant at) {
        Instant written = instant(payload.path("heartbeat").path("written_at"));
        if (source.freshness() != Freshness.LIVE) {
            return new AgentClaim(
                    agent,
                    written,
                    source.freshness(),
                    "heartbeats " + source.freshness().wire()
                            + (source.reason() == null ? "" : ": " + source.reason()));
        }
        if (written == null) {
            return new AgentClaim(agent, null, Freshness.UNKNOWN, "its heartbeat has no write time");
        }
        JsonNode bound = payload.path("settings").path("heartbeat_max_age_seconds");
        Duration maxAge = Duration.ofSeconds(bound.isNumber() ? bound.asLong() : DEFAULT_MAX_AGE_SECONDS);
        Duration age = Duration.between(written, at);
        if (age.compareTo(maxAge) > 0) {
            return new AgentClaim(
                    agent,
                    written,
                    Freshness.STALE,
                    "its heartbeat is " + Ages.describe(age) + " old, older than " + Ages.describe(maxAge));
        }
        return new AgentClaim(agent, written, Freshness.LIVE, null);
    }

    private static Instant instant(JsonNode node) {
        try {
            return node.isTextual() ? OffsetDateTime.parse(node.asText()).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
