package dev.commandcenter.query.brief;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.query.sources.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the items of one area and turns them into a part: health is the worst item (green when
 * none), unknown when the area's sources are not all live or nothing is known; at most
 * {@link #SHOWN} items are listed, most urgent first, and the summary says how many more there are.
 * The part says when its sources were last read and their worst freshness, as its rows do; the
 * oldest change among its rows is kept apart, because a state that holds is not old data.
 */
final class PartBuilder {

    static final int SHOWN = 12;

    private final BriefArea area;
    private final String link;
    private final List<BriefItem> items = new ArrayList<>();
    private final Map<String, SourceStatus> sources = new LinkedHashMap<>();
    private Instant oldestChange;
    private Freshness worstRow = Freshness.LIVE;

    PartBuilder(BriefArea area, String link) {
        this.area = area;
        this.link = link;
    }

    void add(BriefItem item) {
        items.add(item);
    }

    /** Adds an item for a row of the view, stamped with when its sources were read. */
    void add(
            Health health,
            String title,
            String detail,
            String rowLink,
            String source,
            Freshness freshness,
            Instant changedAt) {
        items.add(new BriefItem(health, title, detail, rowLink, source, freshness, readAt(source), changedAt));
    }

    /** Counts a row of the view: its freshness and when its data last changed. */
    void row(Instant changedAt, Freshness freshness) {
        if (changedAt != null && (oldestChange == null || changedAt.isBefore(oldestChange))) {
            oldestChange = changedAt;
        }
        if (freshness != null) {
            worstRow = worst(worstRow, freshness);
        }
    }

    /** Adds an item for each configured source of the area that is not live: its rows cannot be trusted as green. */
    void sources(List<SourceStatus> statuses) {
        for (SourceStatus s : statuses) {
            sources.put(s.source(), s);
            if (SourcesBrief.isConfigured(s) && s.freshness() != Freshness.LIVE) {
                items.add(new BriefItem(
                        Health.UNKNOWN,
                        s.source() + " is " + s.freshness().wire(),
                        s.reason(),
                        "/sources#source-" + Anchors.of(s.source()),
                        s.source(),
                        s.freshness(),
                        s.observedAt(),
                        null));
            }
        }
    }

    BriefPart build(boolean configured, String summary) {
        if (!configured) {
            return new BriefPart(
                    area,
                    Health.UNKNOWN,
                    summary,
                    false,
                    link,
                    null,
                    Freshness.UNKNOWN,
                    oldestChange,
                    List.of(),
                    Map.of());
        }
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        items.forEach(i -> counts.merge(i.health(), 1, Integer::sum));
        items.sort(Comparator.comparing(BriefItem::health));
        Health health = items.stream().map(BriefItem::health).reduce(Health.GREEN, Health::worst);
        String shownSummary =
                items.size() > SHOWN ? summary + " (" + (items.size() - SHOWN) + " more items on the view)" : summary;
        List<SourceStatus> watched =
                sources.values().stream().filter(SourcesBrief::isConfigured).toList();
        Freshness freshness = watched.stream().map(SourceStatus::freshness).reduce(worstRow, PartBuilder::worst);
        return new BriefPart(
                area,
                health,
                shownSummary,
                true,
                link,
                oldestRead(watched),
                freshness,
                oldestChange,
                List.copyOf(items.subList(0, Math.min(SHOWN, items.size()))),
                Map.copyOf(counts),
                List.copyOf(items.subList(Math.min(SHOWN, items.size()), items.size())));
    }

    static boolean anyConfigured(List<SourceStatus> sources) {
        return sources.stream().anyMatch(SourcesBrief::isConfigured);
    }

    /** When the named sources ({@code heartbeats+processes}) last delivered data: the oldest of them. */
    private Instant readAt(String names) {
        List<SourceStatus> named = new ArrayList<>();
        for (String name : names.split("\\+")) {
            SourceStatus s = sources.get(name);
            if (s != null) {
                named.add(s);
            }
        }
        return oldestRead(named);
    }

    /** The oldest last delivery; null when any of them never delivered (nothing to show as read). */
    static Instant oldestRead(List<SourceStatus> statuses) {
        Instant oldest = null;
        for (SourceStatus s : statuses) {
            if (s.observedAt() == null) {
                return null;
            }
            oldest = oldest == null || s.observedAt().isBefore(oldest) ? s.observedAt() : oldest;
        }
        return oldest;
    }

    /** The less trustworthy of two: unknown, then stale, then degraded, then live. */
    static Freshness worst(Freshness a, Freshness b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Freshness freshness) {
        return switch (freshness) {
            case LIVE -> 0;
            case DEGRADED -> 1;
            case STALE -> 2;
            case UNKNOWN -> 3;
        };
    }
}
