package dev.commandcenter.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The instant a view is computed for: now, or the {@code at=} of a replay. Every view resource
 * resolves its {@code at} query parameter here, so all views agree on what a bad instant is.
 */
@ApplicationScoped
public class ViewInstant {

    private final Clock clock;

    @Inject
    public ViewInstant(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param at an ISO-8601 instant or offset date-time, or null/blank for now
     * @throws BadRequestException (400, plain-text reason) when unparseable or in the future
     */
    public Instant resolve(String at) {
        Instant now = clock.instant();
        if (at == null || at.isBlank()) {
            return now;
        }
        Instant parsed = parse("at", at);
        if (parsed.isAfter(now)) {
            throw badRequest("at=" + at + " is in the future; the log only knows the past (now is " + now + ")");
        }
        return parsed;
    }

    /**
     * A window bound ({@code from}/{@code to}) of a history query: an ISO-8601 instant, or the
     * fallback when absent. Unlike {@code at}, a bound may lie in the future (an open window).
     */
    public Instant bound(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return parse(name, value);
    }

    /** ISO-8601 with an offset; without one (as a browser's datetime-local sends it) the time is UTC. */
    private static Instant parse(String name, String value) {
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw badRequest(name + "=" + value + " is not an ISO-8601 instant such as 2026-03-02T09:00:00Z");
            }
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public static BadRequestException badRequest(String reason) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_PLAIN).entity(reason + "\n").build());
    }
}
