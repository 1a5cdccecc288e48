package dev.commandcenter.ui.live;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The open pages' event streams. One thread looks at the {@link LiveVersion} every {@link #LOOK}
 * while a page is open, and tells every stream when it moved ({@code version}); a stream with
 * nothing to say for {@link #BEAT} gets a {@code beat}, so its page can tell a quiet server from a
 * lost connection. At shutdown every stream is ended, so the pages say at once that they are cut off.
 */
@ApplicationScoped
public class LiveStreams {

    /** How often the version is looked at: an update reaches a page well within 2 s. */
    static final Duration LOOK = Duration.ofMillis(250);
    /** The longest a stream stays silent; a page that hears nothing for twice as long says it is cut off. */
    static final Duration BEAT = Duration.ofSeconds(2);
    /** How soon a browser tries again after losing the stream. */
    static final Duration RETRY = Duration.ofSeconds(1);

    private final LiveVersion version;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-pages");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> looking;

    /** One open page's stream: what it was last told, and when. */
    private static final class Stream {
        final MultiEmitter<? super OutboundSseEvent> emitter;
        final Sse sse;
        String told;
        long toldAt;

        Stream(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse) {
            this.emitter = emitter;
            this.sse = sse;
        }
    }

    @Inject
    public LiveStreams(LiveVersion version) {
        this.version = version;
    }

    /** Starts telling a new page's stream; the first event tells it the version at once. */
    synchronized void open(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse) {
        Stream stream = new Stream(emitter, sse);
        emitter.onTermination(() -> streams.remove(stream));
        streams.add(stream);
        if (looking == null) {
            looking = looker.scheduleWithFixedDelay(this::look, 0, LOOK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** How many pages are open. */
    public int open() {
        return streams.size();
    }

    /** Ends every stream: their pages show they are cut off, then connect again. */
    public void endAll() {
        for (Stream stream : streams) {
            stream.emitter.complete();
        }
        streams.clear();
    }

    void stop(@Observes ShutdownEvent event) {
        endAll();
        looker.shutdownNow();
    }

    private void look() {
        if (streams.isEmpty()) {
            return;
        }
        try {
            String now = version.current();
            long nanos = System.nanoTime();
            for (Stream stream : streams) {
                if (!now.equals(stream.told)) {
                    send(
                            stream,
                            stream.told == null
                                    ? stream.sse
                                            .newEventBuilder()
                                            .name("version")
                                            .data(now)
                                            .reconnectDelay(RETRY.toMillis())
                                    : stream.sse
                                            .newEventBuilder()
                                            .name("version")
                                            .data(now),
                            now,
                            nanos);
                } else if (nanos - stream.toldAt >= BEAT.toNanos()) {
                    send(stream, stream.sse.newEventBuilder().name("beat").data(now), now, nanos);
                }
            }
        } catch (RuntimeException e) {
            Log.debugf(e, "live pages not told");
        }
    }

    private void send(Stream stream, OutboundSseEvent.Builder event, String version, long nanos) {
        stream.told = version;
        stream.toldAt = nanos;
        stream.emitter.emit(event.build());
    }
}
