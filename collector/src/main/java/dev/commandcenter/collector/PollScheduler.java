package dev.commandcenter.collector;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.observation.Ages;
import dev.commandcenter.observation.Channels;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Polls every source on its own interval and publishes each result on the observations channel.
 * Polls run on their own threads; a ticker only starts them and enforces timeouts, so a source
 * that hangs or throws never delays another. A source whose previous poll still hangs is not
 * polled again (no thread pile-up): each missed turn is recorded as a timeout instead.
 */
@ApplicationScoped
public class PollScheduler {

    private final Instance<Source> sources;
    private final Emitter<PollResult> emitter;
    private final CommandCenterConfig config;
    private final PollRunner runner;
    private final PollMetrics metrics;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("poll-ticker"));
    private final ExecutorService pollers = Executors.newCachedThreadPool(daemon("poll"));

    @Inject
    public PollScheduler(
            Instance<Source> sources,
            @Channel(Channels.OBSERVATIONS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                    Emitter<PollResult> emitter,
            CommandCenterConfig config,
            PollRunner runner,
            PollMetrics metrics) {
        this.sources = sources;
        this.emitter = emitter;
        this.config = config;
        this.runner = runner;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) {
        if (!config.role().collects()) {
            Log.info("role " + config.role() + ": the collector polls nothing in this process");
            return;
        }
        for (Source source : sources) {
            ScheduledSource scheduled = new ScheduledSource(source);
            Duration interval = source.timing().interval();
            ticker.scheduleAtFixedRate(() -> tick(scheduled), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            Log.infof("polling %s every %s", source.name(), Ages.describe(interval));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        ticker.shutdownNow();
        pollers.shutdownNow();
    }

    private void tick(ScheduledSource scheduled) {
        try {
            Source source = scheduled.source;
            Instant startedAt = runner.now();
            if (scheduled.inFlight != null && !scheduled.inFlight.isDone()) {
                publish(runner.failed(
                        source,
                        startedAt,
                        ReadOutcome.TIMEOUT,
                        "previous poll still running since " + scheduled.inFlightSince));
                return;
            }
            AtomicBoolean settled = new AtomicBoolean();
            scheduled.inFlightSince = startedAt;
            scheduled.inFlight = pollers.submit(() -> {
                PollResult result = runner.run(source, startedAt);
                if (settled.compareAndSet(false, true)) {
                    publish(result);
                }
            });
            Future<?> inFlight = scheduled.inFlight;
            Duration timeout = source.timing().timeout();
            ticker.schedule(
                    () -> {
                        if (settled.compareAndSet(false, true)) {
                            inFlight.cancel(true);
                            publish(runner.failed(
                                    source,
                                    startedAt,
                                    ReadOutcome.TIMEOUT,
                                    "no answer within " + Ages.describe(timeout)));
                        }
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // The ticker must survive anything, or every source would stop being polled.
            Log.errorf(e, "could not start a poll of %s", scheduled.source.name());
        }
    }

    private void publish(PollResult result) {
        metrics.record(result);
        emitter.send(result).whenComplete((ok, failure) -> {
            if (failure != null) {
                Log.errorf(failure, "poll of %s could not be handed to the log", result.source());
            }
        });
    }

    private static final class ScheduledSource {
        final Source source;
        volatile Future<?> inFlight;
        volatile Instant inFlightSince;

        ScheduledSource(Source source) {
            this.source = source;
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
