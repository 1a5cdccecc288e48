package dev.commandcenter.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.log.LogReader;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Raw observations as NDJSON, streamed, for export and audit. */
@Path("/api/log")
public class LogExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final LogReader log;
    private final ViewInstant instants;
    private final ObjectMapper json;

    @Inject
    public LogExportResource(LogReader log, ViewInstant instants, ObjectMapper json) {
        this.log = log;
        this.instants = instants;
        this.json = json;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "Observations of a source (or all, or one subject of a source) within [from, to], one JSON object per line, in log order")
    public StreamingOutput export(@QueryParam("source") String source, @QueryParam("subject") String subject,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = instants.bound("to", to, instants.now());
        Instant start = instants.bound("from", from, Instant.EPOCH);
        if (subject != null && !subject.isBlank() && (source == null || source.isBlank())) {
            throw ViewInstant.badRequest("subject needs its source, e.g. source=gitea&subject=gitea:pr:owner/repo%2312");
        }
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try {
                java.util.function.Consumer<dev.commandcenter.observation.Observation> sink = observation -> {
                    try {
                        writer.write(json.writeValueAsString(observation));
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                if (subject != null && !subject.isBlank()) {
                    log.history(source, subject, start, end).forEach(sink);
                } else {
                    log.stream(source == null || source.isBlank() ? null : source, start, end, sink);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
    }
}
