package dev.commandcenter.query;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.fact.Facts;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.brief.BriefProjection;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the views at now computed ahead of the requests: from start-up (the recent log is loaded
 * then, not by the first visitor) and again before their snapshot expires, so a page or an API
 * call finds its view ready. The brief computes every view it rolls up; the views a client is
 * watching are rendered too. Once a minute it sizes the decoded facts to the fleet
 * ({@link Facts#keepRoomFor}), so that the views at now do not decode their subjects again.
 */
@ApplicationScoped
public class ViewsAtNow {

    private static final Duration ROOM_SIZED_EVERY = Duration.ofMinutes(1);

    private final BriefProjection brief;
    private final ReplayNavigator replay;
    private final CommandCenterConfig config;
    private final ViewSnapshots snapshots;
    private final ViewsRenderedAhead rendered;
    private final Duration every;
    private final LogReader log;
    private long roomSizedAt;
    private final ScheduledExecutorService projector = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "views-at-now");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ViewsAtNow(
            BriefProjection brief,
            ReplayNavigator replay,
            CommandCenterConfig config,
            ViewSnapshots snapshots,
            ViewsRenderedAhead rendered,
            ViewsConfig views,
            LogReader log) {
        this.brief = brief;
        this.replay = replay;
        this.config = config;
        this.snapshots = snapshots;
        this.rendered = rendered;
        this.every = views.refreshEvery();
        this.log = log;
        this.roomSizedAt = System.nanoTime() - ROOM_SIZED_EVERY.toNanos();
    }

    void start(@Observes StartupEvent event) {
        if (config.role().servesViews() && !every.isZero()) {
            projector.scheduleWithFixedDelay(this::project, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        projector.shutdownNow();
    }

    private void project() {
        try {
            if (System.nanoTime() - roomSizedAt >= ROOM_SIZED_EVERY.toNanos()) {
                long present = log.presentChars();
                if (present > 0) {
                    roomSizedAt = System.nanoTime();
                    Facts.keepRoomFor(present);
                }
            }
            snapshots.ahead(() -> {
                brief.at(replay.locate(null));
                rendered.render();
            });
        } catch (RuntimeException e) {
            // The requests meet the same failure and show it; this only keeps views warm.
            Log.debugf(e, "views at now not computed ahead");
        }
    }
}
