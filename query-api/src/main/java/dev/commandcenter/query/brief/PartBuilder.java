package dev.commandcenter.query.brief;

import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the items of one area and turns them into a part: health is the worst item (green when
 * none), unknown when the area's sources are not all live or nothing is known; at most
 * {@link #SHOWN} items are listed, most urgent first, and the summary says how many more there are.
 */
final class PartBuilder {

    static final int SHOWN = 12;

    private final BriefArea area;
    private final String link;
    private final List<BriefItem> items = new ArrayList<>();
    private Instant oldest;

    PartBuilder(BriefArea area, String link) {
        this.area = area;
        this.link = link;
    }

    void add(BriefItem item) {
        items.add(item);
    }

    void observed(Instant observedAt) {
        if (observedAt != null && (oldest == null || observedAt.isBefore(oldest))) {
            oldest = observedAt;
        }
    }

    /** Adds an item for each configured source of the area that is not live: its rows cannot be trusted as green. */
    void sources(List<SourceStatus> sources) {
        for (SourceStatus s : sources) {
            if (SourcesBrief.isConfigured(s) && s.freshness() != dev.commandcenter.observation.Freshness.LIVE) {
                items.add(new BriefItem(Health.UNKNOWN, s.source() + " is " + s.freshness().wire(), s.reason(),
                        "/sources#source-" + Anchors.of(s.source()), s.source(), s.freshness(), s.observedAt()));
            }
        }
    }

    BriefPart build(boolean configured, String summary) {
        if (!configured) {
            return new BriefPart(area, Health.UNKNOWN, summary, false, link, oldest, List.of(), Map.of());
        }
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        items.forEach(i -> counts.merge(i.health(), 1, Integer::sum));
        items.sort(Comparator.comparing(BriefItem::health));
        Health health = items.stream().map(BriefItem::health).reduce(Health.GREEN, Health::worst);
        String shownSummary = items.size() > SHOWN ? summary + " (" + (items.size() - SHOWN) + " more items on the view)"
                : summary;
        return new BriefPart(area, health, shownSummary, true, link, oldest,
                List.copyOf(items.subList(0, Math.min(SHOWN, items.size()))), Map.copyOf(counts));
    }

    static boolean anyConfigured(List<SourceStatus> sources) {
        return sources.stream().anyMatch(SourcesBrief::isConfigured);
    }
}
