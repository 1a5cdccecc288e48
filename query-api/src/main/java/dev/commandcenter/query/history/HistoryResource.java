package dev.commandcenter.query.history;

import dev.commandcenter.observation.WireName;
import dev.commandcenter.query.QueryRefused;
import dev.commandcenter.query.ViewInstant;
import dev.commandcenter.query.WholeNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** State changes and availability of agents, jobs, sources and PRs, derived from the log by folding. */
@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private static final int MAX_LIMIT = 1000;
    private static final int MAX_LAST = 1000;
    private static final String KINDS = "one of " + SubjectKind.WIRE_NAMES;

    private final Timelines timelines;
    private final ViewInstant instants;
    private final HistoryConfig config;
    private final FlappingRule flapping;
    private final KnownSubjects known;

    @Inject
    public HistoryResource(
            Timelines timelines,
            ViewInstant instants,
            HistoryConfig config,
            FlappingRule flapping,
            KnownSubjects known) {
        this.timelines = timelines;
        this.instants = instants;
        this.config = config;
        this.flapping = flapping;
        this.known = known;
    }

    @GET
    @Path("/transitions")
    @Operation(summary = "State changes of one subject, or of all subjects of a kind, oldest first, by cursor")
    public TransitionPage transitions(
            @QueryParam("kind") String kind,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit")
                    @Parameter(
                            description = "transitions per page",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    String limit,
            @QueryParam("cursor") String cursor) {
        SubjectKind subjectKind = kind(kind);
        Instant end = instants.bound("to", to, instants.now());
        Instant start = instants.bound("from", from, end.minus(config.defaultWindow()));
        window(start, end);
        int pageSize = WholeNumbers.parse("limit", limit, 100, 1, MAX_LIMIT);
        Optional<String> one = Optional.ofNullable(subject).filter(s -> !s.isBlank());
        one.ifPresent(s -> known.requireSource(subjectKind, s));
        List<Transition> ordered = new ArrayList<>(timelines.transitions(subjectKind, one, start, end));
        ordered.sort(TransitionCursor.ORDER);
        List<Transition> remaining;
        try {
            remaining = TransitionCursor.remaining(ordered, cursor);
        } catch (IllegalArgumentException e) {
            throw QueryRefused.badParameter("cursor", cursor, "the next_cursor of a previous page", e.getMessage());
        }
        if (one.isPresent() && ordered.isEmpty()) {
            // A subject present in the window always has its first state there: none means never seen.
            throw neverSeen(subjectKind, one.get(), start, end);
        }
        List<Transition> page = remaining.subList(0, Math.min(pageSize, remaining.size()));
        String next = remaining.size() > page.size() ? TransitionCursor.after(page.get(page.size() - 1)) : null;
        return new TransitionPage(List.copyOf(page), next);
    }

    @GET
    @Path("/availability")
    @Operation(summary = "Time in each state over a window, the current state and since when, the last transitions")
    public Availability availability(
            @QueryParam("kind") String kind,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("last")
                    @Parameter(
                            description = "how many of the last transitions to list",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "10"))
                    String last) {
        SubjectKind subjectKind = kind(kind);
        if (subject == null || subject.isBlank()) {
            throw QueryRefused.missing("subject", "one subject of the kind, e.g. subject=gitea for kind=source");
        }
        Instant end = instants.bound("to", to, instants.now());
        Instant start = instants.bound("from", from, end.minus(config.defaultWindow()));
        window(start, end);
        int lastN = WholeNumbers.parse("last", last, 10, 1, MAX_LAST);
        known.requireSource(subjectKind, subject);
        List<Transition> transitions = timelines.transitions(subjectKind, Optional.of(subject), start, end);
        if (transitions.isEmpty()) {
            throw neverSeen(subjectKind, subject, start, end);
        }
        return AvailabilityFold.of(subject, subjectKind, transitions, start, end, lastN, flapping);
    }

    private SubjectKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw QueryRefused.missing("kind", KINDS);
        }
        SubjectKind parsed;
        try {
            parsed = WireName.parse(SubjectKind.class, kind);
        } catch (IllegalArgumentException e) {
            throw QueryRefused.badParameter("kind", kind, KINDS, "kind must be " + KINDS + "; got " + kind);
        }
        if (!timelines.supports(parsed)) {
            throw QueryRefused.badParameter("kind", kind, KINDS, "no history is kept yet for kind=" + kind);
        }
        return parsed;
    }

    private static QueryRefused neverSeen(SubjectKind kind, String subject, Instant from, Instant to) {
        return QueryRefused.neverSeen(
                "subject",
                subject,
                "no " + kind.wire() + " " + subject + " was seen between " + from + " and " + to
                        + ": there is no history of it to show");
    }

    private static void window(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw QueryRefused.badParameter(
                    "from", from.toString(), "an instant not after to (" + to + ")", "from must not be after to");
        }
    }
}
