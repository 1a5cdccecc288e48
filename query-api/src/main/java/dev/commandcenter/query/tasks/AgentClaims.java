package dev.commandcenter.query.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.StoredPayloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which agents claim which issue, from the latest {@code heartbeats} observations ({@code agent:<name>},
 * payload {@code {"agent": ..., "claim": "owner/repo#N" | null}}). A payload that does not say so
 * claims nothing.
 */
public final class AgentClaims {

    public static final String SOURCE = "heartbeats";
    private static final Pattern CLAIM = Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)#(\\d+)");

    private AgentClaims() {
    }

    /** Issue subject key ({@code gitea:issue:owner/repo#N}) → claiming agents, sorted. */
    public static Map<String, List<String>> byIssue(List<Observation> heartbeats) {
        Map<String, List<String>> claims = new TreeMap<>();
        for (Observation o : heartbeats) {
            if (!o.subject().startsWith("agent:")) {
                continue;
            }
            JsonNode payload = StoredPayloads.decode(o.payload()).orElse(null);
            if (payload == null) {
                continue;
            }
            String agent = payload.path("agent").asText(o.subject().substring("agent:".length()));
            Matcher m = CLAIM.matcher(payload.path("claim").asText(""));
            if (m.matches()) {
                claims.computeIfAbsent("gitea:issue:" + m.group(1) + "#" + m.group(2), k -> new ArrayList<>()).add(agent);
            }
        }
        claims.values().forEach(agents -> agents.sort(String::compareTo));
        return claims;
    }
}
