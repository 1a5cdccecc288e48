package dev.commandcenter.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The instant a view is computed for: now, or the {@code at=} of a replay. Every view resource
 * resolves its {@code at} query parameter here, so all views agree on what a bad instant is.
 */
@ApplicationScoped
public class ViewInstant {

    /** No log predates this: earlier instants are typing mistakes, and far ones overflow time arithmetic. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** Window bounds may lie in the future (an open window), but not absurdly far. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private static final String EXAMPLE = "such as 2026-03-02T09:00:00Z";

    private final Clock clock;

    @Inject
    public ViewInstant(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param at an ISO-8601 instant or offset date-time, or null/blank for now
     * @throws QueryRefused (400) when unparseable, before {@link #EARLIEST} or in the future
     */
    public Instant resolve(String at) {
        Instant now = clock.instant();
        if (at == null || at.isBlank()) {
            return now;
        }
        String accepted = "an ISO-8601 instant from " + EARLIEST + " to now, " + EXAMPLE;
        Instant parsed = parse("at", at, accepted);
        if (parsed.isAfter(now)) {
            throw QueryRefused.badParameter(
                    "at",
                    at,
                    accepted,
                    "at=" + at + " is in the future; the log only knows the past (now is " + now + ")");
        }
        return inRange("at", at, parsed, accepted);
    }

    /**
     * A window bound ({@code from}/{@code to}) of a history query: an ISO-8601 instant, or the
     * fallback when absent. Unlike {@code at}, a bound may lie in the future (an open window).
     */
    public Instant bound(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String accepted = "an ISO-8601 instant from " + EARLIEST + " to " + LATEST + ", " + EXAMPLE;
        return inRange(name, value, parse(name, value, accepted), accepted);
    }

    /** ISO-8601 with an offset; without one (as a browser's datetime-local sends it) the time is UTC. */
    private static Instant parse(String name, String value, String accepted) {
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw QueryRefused.badParameter(
                        name, value, accepted, name + "=" + value + " is not an ISO-8601 instant " + EXAMPLE);
            }
        }
    }

    private static Instant inRange(String name, String value, Instant instant, String accepted) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw QueryRefused.badParameter(
                    name, value, accepted, name + "=" + value + " is outside the years the log can hold: " + accepted);
        }
        return instant;
    }

    public Instant now() {
        return clock.instant();
    }
}
