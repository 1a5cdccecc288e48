package dev.commandcenter.query.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.query.Replay;
import dev.commandcenter.query.brief.BriefArea;
import dev.commandcenter.query.brief.BriefPart;
import dev.commandcenter.query.brief.BriefStatus;
import dev.commandcenter.query.brief.Health;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What an Alertmanager scraping {@code /q/metrics} sees, before and after the views can no longer be computed. */
class ViewGaugesTest {

    private static final Instant AT = Instant.parse("2026-07-20T09:40:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Supplier<BriefStatus> brief = ViewGaugesTest::allGreen;
    private final ViewGauges gauges = new ViewGauges(() -> brief.get(), registry, null);

    @Test
    void exportsOverallHealthAreasWatchedAndWhenTheViewsWereComputed() {
        gauges.refresh();

        assertEquals(1.0, gauge(ViewGauges.OVERALL, "health", "green"));
        assertEquals(0.0, gauge(ViewGauges.OVERALL, "health", "unknown"));
        assertEquals(2.0, registry.get(ViewGauges.WATCHED).gauge().value());
        assertEquals(6.0, registry.get(ViewGauges.AREAS).gauge().value());
        assertEquals(
                AT.getEpochSecond(), registry.get(ViewGauges.COMPUTED).gauge().value());
    }

    @Test
    void aFailedRefreshTurnsTheHealthUnknownAndKeepsTheInstantOfTheLastComputation() {
        gauges.refresh();
        brief = () -> {
            throw new LogReadFailed("log query failed: Database may be already in use", null);
        };

        gauges.refresh();

        assertEquals(0.0, gauge(ViewGauges.OVERALL, "health", "green"), "a green must not outlive its data");
        assertEquals(1.0, gauge(ViewGauges.OVERALL, "health", "unknown"));
        assertEquals(
                1.0,
                registry.get(ViewGauges.AREA)
                        .tag("area", "reviews")
                        .tag("health", "unknown")
                        .gauge()
                        .value());
        assertTrue(Double.isNaN(registry.get(ViewGauges.ITEMS)
                .tag("area", "reviews")
                .tag("health", "green")
                .gauge()
                .value()));
        assertEquals(
                AT.getEpochSecond(),
                registry.get(ViewGauges.COMPUTED).gauge().value(),
                "the instant of the last computation stays, so staleness can be alerted on");
    }

    private double gauge(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).gauge().value();
    }

    private static BriefStatus allGreen() {
        List<BriefPart> parts = new ArrayList<>();
        for (BriefArea area : BriefArea.values()) {
            boolean watched = area == BriefArea.REVIEWS || area == BriefArea.SOURCES;
            parts.add(new BriefPart(
                    area,
                    watched ? Health.GREEN : Health.UNKNOWN,
                    "",
                    watched,
                    "/",
                    null,
                    Freshness.LIVE,
                    null,
                    List.of(),
                    Map.of()));
        }
        return new BriefStatus(
                new Replay(false, AT, AT.minusSeconds(3600), false, null, null),
                Health.GREEN,
                "green — 2 of 6 areas watched",
                2,
                6,
                parts);
    }
}
