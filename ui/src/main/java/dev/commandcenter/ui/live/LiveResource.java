package dev.commandcenter.ui.live;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/**
 * Server-sent events for the open pages: {@code version} when what they show may have changed (the
 * page then asks for its live fragment, with its entity tag), {@code beat} when there was nothing to
 * say for two seconds. One connection per page, however long it stays open.
 */
@Path("/live")
public class LiveResource {

    private final LiveStreams streams;

    @Inject
    public LiveResource(LiveStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@Context Sse sse) {
        return Multi.createFrom().emitter(emitter -> streams.open(emitter, sse));
    }
}
