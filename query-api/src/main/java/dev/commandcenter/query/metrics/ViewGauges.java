package dev.commandcenter.query.metrics;

import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.BriefArea;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The views' states as Prometheus gauges, so an existing Alertmanager can alert on them: overall and
 * per-area health (1 for the current health, 0 otherwise), the number of items per area and health,
 * how many areas are watched, and the instant the views were last computed (a staleness alert needs
 * it). Computed from the brief — itself computed from the views — every 30 s, not per scrape. When a
 * refresh fails the healths turn {@code unknown} and the counts NaN: a last green must not outlive
 * the data behind it. Label values are bounded: area and health enums only.
 */
@ApplicationScoped
public class ViewGauges {

    static final String OVERALL = "command_center_overall_health";
    static final String AREA = "command_center_area_health";
    static final String ITEMS = "command_center_area_items";
    static final String WATCHED = "command_center_areas_watched";
    static final String AREAS = "command_center_areas";
    static final String COMPUTED = "command_center_views_computed_seconds";

    private static final long EVERY_SECONDS = 30;

    private final Supplier<BriefStatus> brief;
    private final MeterRegistry registry;
    private final CommandCenterConfig config;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "view-gauges");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ViewGauges(
            BriefProjection brief, ReplayNavigator replay, MeterRegistry registry, CommandCenterConfig config) {
        this(() -> brief.at(replay.locate(null)), registry, config);
    }

    ViewGauges(Supplier<BriefStatus> brief, MeterRegistry registry, CommandCenterConfig config) {
        this.brief = brief;
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
        BriefStatus status;
        try {
            status = brief.get();
        } catch (RuntimeException e) {
            Log.warnf(e, "views not computed: view gauges now say unknown");
            unknown();
            return;
        }
        healths(OVERALL, Map.of(), status.overall());
        for (BriefPart part : status.parts()) {
            healths(AREA, Map.of("area", part.area().wire()), part.health());
            for (Health health : Health.values()) {
                set(
                        ITEMS,
                        Map.of("area", part.area().wire(), "health", health.wire()),
                        part.counts().getOrDefault(health, 0));
            }
        }
        set(WATCHED, Map.of(), status.watchedAreas());
        set(AREAS, Map.of(), status.areas());
        set(COMPUTED, Map.of(), status.replay().at().toEpochMilli() / 1000.0);
    }

    /** Nothing is known: every health is unknown and every count NaN; the computed instant stays the last one. */
    private void unknown() {
        healths(OVERALL, Map.of(), Health.UNKNOWN);
        for (BriefArea area : BriefArea.values()) {
            healths(AREA, Map.of("area", area.wire()), Health.UNKNOWN);
            for (Health health : Health.values()) {
                set(ITEMS, Map.of("area", area.wire(), "health", health.wire()), Double.NaN);
            }
        }
        set(WATCHED, Map.of(), Double.NaN);
    }

    private void healths(String name, Map<String, String> tags, Health current) {
        for (Health health : Health.values()) {
            Map<String, String> tagged = new TreeMap<>(tags);
            tagged.put("health", health.wire());
            set(name, tagged, current == health ? 1 : 0);
        }
    }

    private void set(String name, Map<String, String> tags, double value) {
        String key = name + new TreeMap<>(tags);
        values.computeIfAbsent(key, k -> {
                    AtomicLong bits = new AtomicLong();
                    Gauge.Builder<AtomicLong> builder =
                            Gauge.builder(name, bits, b -> Double.longBitsToDouble(b.get()));
                    tags.forEach(builder::tag);
                    builder.register(registry);
                    return bits;
                })
                .set(Double.doubleToLongBits(value));
    }
}
