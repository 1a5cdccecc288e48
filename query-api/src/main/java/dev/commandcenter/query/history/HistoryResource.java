package dev.commandcenter.query.history;

import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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

/** State changes and availability of agents, jobs, sources and PRs, derived from the log by folding. */
@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private static final int MAX_LIMIT = 1000;

    private final Timelines timelines;
    private final ViewInstant instants;
    private final HistoryConfig config;
    private final FlappingRule flapping;

    @Inject
    public HistoryResource(Timelines timelines, ViewInstant instants, HistoryConfig config, FlappingRule flapping) {
        this.timelines = timelines;
        this.instants = instants;
        this.config = config;
        this.flapping = flapping;
    }

    @GET
    @Path("/transitions")
    @Operation(summary = "State changes of one subject, or of all subjects of a kind, oldest first, by cursor")
    public TransitionPage transitions(@QueryParam("kind") String kind, @QueryParam("subject") String subject,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit, @QueryParam("cursor") String cursor) {
        SubjectKind subjectKind = kind(kind);
        Instant end = instants.bound("to", to, instants.now());
        Instant start = instants.bound("from", from, end.minus(config.defaultWindow()));
        window(start, end);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ViewInstant.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        List<Transition> ordered = new ArrayList<>(timelines.transitions(subjectKind, Optional.ofNullable(subject),
                start, end));
        ordered.sort(TransitionCursor.ORDER);
        List<Transition> remaining;
        try {
            remaining = TransitionCursor.remaining(ordered, cursor);
        } catch (IllegalArgumentException e) {
            throw ViewInstant.badRequest(e.getMessage());
        }
        List<Transition> page = remaining.subList(0, Math.min(limit, remaining.size()));
        String next = remaining.size() > page.size() ? TransitionCursor.after(page.get(page.size() - 1)) : null;
        return new TransitionPage(List.copyOf(page), next);
    }

    @GET
    @Path("/availability")
    @Operation(summary = "Time in each state over a window, the current state and since when, the last transitions")
    public Availability availability(@QueryParam("kind") String kind, @QueryParam("subject") String subject,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("last") @DefaultValue("10") int last) {
        SubjectKind subjectKind = kind(kind);
        if (subject == null || subject.isBlank()) {
            throw ViewInstant.badRequest("subject is required, e.g. subject=gitea for kind=source");
        }
        Instant end = instants.bound("to", to, instants.now());
        Instant start = instants.bound("from", from, end.minus(config.defaultWindow()));
        window(start, end);
        List<Transition> transitions = timelines.transitions(subjectKind, Optional.of(subject), start, end);
        return AvailabilityFold.of(subject, subjectKind, transitions, start, end, Math.max(1, last), flapping);
    }

    private SubjectKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ViewInstant.badRequest("kind is required: one of agent, job, source, pr");
        }
        SubjectKind parsed;
        try {
            parsed = SubjectKind.fromWire(kind);
        } catch (IllegalArgumentException e) {
            throw ViewInstant.badRequest(e.getMessage());
        }
        if (!timelines.supports(parsed)) {
            throw ViewInstant.badRequest("no history is kept yet for kind=" + kind);
        }
        return parsed;
    }

    private static void window(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw ViewInstant.badRequest("from must not be after to");
        }
    }
}
