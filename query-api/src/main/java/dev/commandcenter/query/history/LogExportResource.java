package dev.commandcenter.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.query.QueryRefused;
import dev.commandcenter.query.ViewInstant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Raw observations as NDJSON, streamed, for export and audit. */
@Path("/api/log")
public class LogExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final LogReader log;
    private final ViewInstant instants;
    private final ObjectMapper json;
    private final KnownSubjects known;

    @Inject
    public LogExportResource(LogReader log, ViewInstant instants, ObjectMapper json, KnownSubjects known) {
        this.log = log;
        this.instants = instants;
        this.json = json;
        this.known = known;
    }

    @GET
    @Produces(NDJSON)
    @Operation(
            summary =
                    "Observations of a source (or all, or one subject of a source) within [from, to], one JSON object per line, in log order")
    public StreamingOutput export(
            @QueryParam("source") String source,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant end = instants.bound("to", to, instants.now());
        Instant start = instants.bound("from", from, ViewInstant.EARLIEST);
        if (start.isAfter(end)) {
            throw QueryRefused.badParameter(
                    "from", from, "an instant not after to (" + end + ")", "from must not be after to");
        }
        boolean oneSource = source != null && !source.isBlank();
        boolean oneSubject = subject != null && !subject.isBlank();
        if (oneSubject && !oneSource) {
            throw QueryRefused.missing(
                    "source", "the subject's source, e.g. source=gitea&subject=gitea:pr:owner/repo%2312");
        }
        if (oneSource && !known.isSource(source)) {
            throw QueryRefused.notAccepted("source", source, "one of " + String.join(", ", known.sources()));
        }
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try {
                Consumer<Observation> sink = observation -> {
                    try {
                        writer.write(json.writeValueAsString(observation));
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                if (oneSubject) {
                    log.history(source, subject, start, end).forEach(sink);
                } else {
                    log.stream(oneSource ? source : null, start, end, sink);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
    }
}
