package dev.commandcenter.query.metrics;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.BriefPart;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.BriefStatus;
import dev.commandcenter.query.brief.Health;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The views' states as Prometheus gauges, so an existing Alertmanager can alert on them: overall and
 * per-area health (1 for the current health, 0 otherwise) and the number of items per area and
 * health. Computed from the brief — itself computed from the views — every 30 s, not per scrape.
 * Label values are bounded: area and health enums only.
 */
@ApplicationScoped
public class ViewGauges {

    private static final long EVERY_SECONDS = 30;

    private final BriefProjection brief;
    private final ReplayNavigator replay;
    private final MeterRegistry registry;
    private final CommandCenterConfig config;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "view-gauges");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ViewGauges(BriefProjection brief, ReplayNavigator replay, MeterRegistry registry, CommandCenterConfig config) {
        this.brief = brief;
        this.replay = replay;
        this.registry = registry;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.role().servesViews()) {
            refresher.scheduleWithFixedDelay(this::refresh, 5, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        refresher.shutdownNow();
    }

    void refresh() {
        try {
            BriefStatus status = brief.at(replay.locate(null));
            for (Health health : Health.values()) {
                set("command_center_overall_health", Map.of("health", health.wire()), status.overall() == health ? 1 : 0);
            }
            for (BriefPart part : status.parts()) {
                for (Health health : Health.values()) {
                    set("command_center_area_health", Map.of("area", part.area().wire(), "health", health.wire()),
                            part.health() == health ? 1 : 0);
                    set("command_center_area_items", Map.of("area", part.area().wire(), "health", health.wire()),
                            part.counts().getOrDefault(health, 0));
                }
            }
        } catch (RuntimeException e) {
            // A failed refresh leaves the last values; the poll metrics show whether sources are read.
            Log.warnf(e, "view gauges not refreshed");
        }
    }

    private void set(String name, Map<String, String> tags, long value) {
        String key = name + tags;
        values.computeIfAbsent(key, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.Builder<AtomicLong> builder = Gauge.builder(name, holder, AtomicLong::doubleValue);
            tags.forEach(builder::tag);
            builder.register(registry);
            return holder;
        }).set(value);
    }
}
