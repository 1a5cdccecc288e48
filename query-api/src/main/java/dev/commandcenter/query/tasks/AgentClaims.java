package dev.commandcenter.query.tasks;

import dev.commandcenter.fact.Facts;
import dev.commandcenter.fact.HeartbeatFact;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which agents claim which issue, from the latest {@code heartbeats} observations ({@code agent:<name>},
 * read as {@link HeartbeatFact}s), each with its freshness: a claim is only as fresh as the heartbeat
 * that holds it. A heartbeat that names no valid claim claims nothing. Pure.
 */
public final class AgentClaims {

    public static final String SOURCE = KnownSource.HEARTBEATS.sourceName();

    private static final Pattern CLAIM = Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)#(\\d+)");

    private AgentClaims() {}

    /** Issue subject key ({@code gitea:issue:owner/repo#N}) → the agents claiming it, sorted by agent. */
    public static Map<String, List<AgentClaim>> byIssue(List<Observation> heartbeats, SourceStatus source, Instant at) {
        Map<String, List<AgentClaim>> claims = new TreeMap<>();
        for (Observation o : heartbeats) {
            if (!SubjectKey.AGENT.matches(o.subject())) {
                continue;
            }
            HeartbeatFact beat = Facts.of(o, HeartbeatFact.class, HeartbeatFact.READER);
            String agent = beat.agent() == null ? SubjectKey.AGENT.nameOf(o.subject()) : beat.agent();
            Matcher m = CLAIM.matcher(beat.claim() == null ? "" : beat.claim());
            if (m.matches()) {
                claims.computeIfAbsent(SubjectKey.GITEA_ISSUE.inRepo(m.group(1)) + m.group(2), k -> new ArrayList<>())
                        .add(claim(agent, beat, source, at));
            }
        }
        claims.values().forEach(list -> list.sort(Comparator.comparing(AgentClaim::agent)));
        return claims;
    }

    private static AgentClaim claim(String agent, HeartbeatFact beat, SourceStatus source, Instant at) {
        Instant written = beat.heartbeat() == null ? null : beat.heartbeat().writtenAt();
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
        Duration maxAge = beat.settings().heartbeatMaxAge();
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
}
