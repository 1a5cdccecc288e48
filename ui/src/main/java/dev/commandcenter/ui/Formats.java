package dev.commandcenter.ui;

import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.agents.AgentRow;
import dev.commandcenter.query.brief.Anchors;
import dev.commandcenter.query.brief.Health;
import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting for templates, kept out of the templates themselves. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** "42s ago", relative to the instant the view was computed for. */
    static String ago(Instant instant, Instant now) {
        return Ages.describe(Duration.between(instant, now)) + " ago";
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A row's HTML id from its subject key, the same the brief links to. */
    static String anchor(String key) {
        return Anchors.of(key);
    }

    /** A row's HTML id from a name and the prefix of its kind of row: {@code {a.name.anchor('agent-')}}. */
    static String anchor(String name, String prefix) {
        return prefix + Anchors.of(name);
    }

    /**
     * The raw log of an agent row: its heartbeat as the log stores it ({@code agent:<name>}), or its
     * process check ({@code process:<name>}) for an agent known only from its process.
     */
    static String rawLog(AgentRow agent) {
        boolean heartbeat = agent.sources().contains(KnownSource.HEARTBEATS.sourceName());
        return "/api/log?source="
                + (heartbeat
                        ? "heartbeats&subject=" + urlenc(SubjectKey.AGENT.of(agent.name()))
                        : "processes&subject=" + urlenc(SubjectKey.PROCESS.of(agent.name())));
    }

    /** A value for a URL query parameter: subject keys hold ':', '/' and '#'. */
    static String urlenc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A subject key built from a prefix and a name, ready for a query parameter: {@code {a.name.urlenc('agent:')}}. */
    static String urlenc(String value, String prefix) {
        return urlenc(prefix + value);
    }

    /** The value a datetime-local input expects, in UTC. */
    static String localUtc(Instant instant) {
        return LOCAL_UTC.format(instant);
    }

    /** A symbol per health, so red and green differ in shape as well as colour. */
    static String symbol(Health health) {
        return switch (health) {
            case RED -> "✖";
            case UNKNOWN -> "?";
            case AMBER -> "▲";
            case GREEN -> "✔";
        };
    }

    /** A symbol per freshness, so the state never rests on colour alone. */
    static String symbol(Freshness freshness) {
        return switch (freshness) {
            case LIVE -> "●";
            case STALE -> "◐";
            case UNKNOWN -> "?";
            case DEGRADED -> "▲";
        };
    }
}
