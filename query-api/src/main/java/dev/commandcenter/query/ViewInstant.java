package dev.commandcenter.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(at.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw badRequest("at=" + at + " is not an ISO-8601 instant such as 2026-03-02T09:00:00Z");
        }
        if (parsed.isAfter(now)) {
            throw badRequest("at=" + at + " is in the future; the log only knows the past (now is " + now + ")");
        }
        return parsed;
    }

    private static BadRequestException badRequest(String reason) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_PLAIN).entity(reason + "\n").build());
    }
}
