package dev.commandcenter.query.brief;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.query.sources.SourceStatus;
import dev.commandcenter.query.sources.SourcesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sources area: every configured source that is not live, linked to its row. */
@ApplicationScoped
public class SourcesBrief implements BriefContributor {

    private final SourcesProjection sources;

    @Inject
    public SourcesBrief(SourcesProjection sources) {
        this.sources = sources;
    }

    @Override
    public BriefArea area() {
        return BriefArea.SOURCES;
    }

    @Override
    public BriefPart part(Instant at) {
        List<SourceStatus> statuses = sources.statuses(at);
        List<BriefItem> items = new ArrayList<>();
        int live = 0;
        int configured = 0;
        for (SourceStatus s : statuses) {
            if (!isConfigured(s) && !isCollector(s)) {
                continue;
            }
            if (s.freshness() == Freshness.LIVE) {
                live += isCollector(s) ? 0 : 1;
                configured += isCollector(s) ? 0 : 1;
                continue;
            }
            configured += isCollector(s) ? 0 : 1;
            items.add(new BriefItem(
                    health(s.freshness()),
                    s.source() + " is " + s.freshness().wire(),
                    s.reason(),
                    "/sources#source-" + Anchors.of(s.source()),
                    s.source(),
                    s.freshness(),
                    s.observedAt(),
                    null));
        }
        Health health = items.stream().map(BriefItem::health).reduce(Health.GREEN, Health::worst);
        List<SourceStatus> watched =
                statuses.stream().filter(SourcesBrief::isConfigured).toList();
        Freshness freshness = watched.stream()
                .map(SourceStatus::freshness)
                .reduce(watched.isEmpty() ? Freshness.UNKNOWN : Freshness.LIVE, PartBuilder::worst);
        String summary = live + " of " + configured + " configured sources live";
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        items.forEach(i -> counts.merge(i.health(), 1, Integer::sum));
        return new BriefPart(
                BriefArea.SOURCES,
                configured == 0 ? Health.UNKNOWN : health,
                summary,
                configured > 0,
                "/sources",
                PartBuilder.oldestRead(watched),
                freshness,
                null,
                items,
                Map.copyOf(counts));
    }

    /**
     * A source of truth that was read at least once and does not report itself unconfigured. The
     * collector's own liveness is not one: a command center watching nothing is not green.
     */
    static boolean isConfigured(SourceStatus s) {
        return !isCollector(s) && s.lastRead() != null && s.lastRead().outcome() != ReadOutcome.UNCONFIGURED;
    }

    private static boolean isCollector(SourceStatus s) {
        return KnownSource.COLLECTOR.is(s.source());
    }

    private static Health health(Freshness freshness) {
        return switch (freshness) {
            case LIVE -> Health.GREEN;
            case STALE, DEGRADED -> Health.AMBER;
            case UNKNOWN -> Health.UNKNOWN;
        };
    }
}
