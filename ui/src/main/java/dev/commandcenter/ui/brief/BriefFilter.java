package dev.commandcenter.ui.brief;

import dev.commandcenter.query.brief.BriefArea;
import dev.commandcenter.query.brief.BriefItem;
import dev.commandcenter.query.brief.BriefPart;
import dev.commandcenter.query.brief.BriefStatus;
import dev.commandcenter.query.brief.Health;
import dev.commandcenter.ui.filters.PageFilter;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * The brief's filters: {@code health} (an item's colour), {@code area} and {@code q} over an item's title,
 * detail, source and area. They pick among all of an area's items, not only the dozen it lists unfiltered,
 * and a filtered area lists every item that passes. The overall health and headline stay those of the
 * whole fleet: a filter narrows what is listed, never what is judged.
 */
public final class BriefFilter {

    private BriefFilter() {}

    /** The filters a URL asks for; a health or an area the brief does not know is a 400 naming it. */
    public static PageFilter of(String q, String health, String area) {
        return PageFilter.of(
                q,
                PageFilter.Facet.of("health", "Health", health, PageFilter.words(Health.values(), Health::wire)),
                PageFilter.Facet.of("area", "Area", area, PageFilter.words(BriefArea.values(), BriefArea::wire)));
    }

    /**
     * The brief with only the areas and items that pass. With {@code health} or {@code q} asked, an area
     * is listed only when one of its items passes.
     */
    public static BriefStatus filtered(BriefStatus brief, PageFilter filter) {
        if (!filter.active()) {
            return brief;
        }
        String area = asked(filter, "area");
        boolean itemsAsked = !filter.q().isEmpty() || !asked(filter, "health").isEmpty();
        List<BriefPart> parts = new ArrayList<>();
        for (BriefPart part : brief.parts()) {
            if (!area.isEmpty() && !area.equals(part.area().wire())) {
                continue;
            }
            List<BriefItem> all = new ArrayList<>(part.items());
            all.addAll(part.unlisted());
            List<BriefItem> kept = filter.keep(
                    all,
                    item -> facet -> List.of(
                            facet.equals("area")
                                    ? part.area().wire()
                                    : item.health().wire()),
                    item -> new Object[] {
                        item.title(),
                        item.detail(),
                        item.source(),
                        part.area().wire(),
                        part.area().title(),
                        item.health().wire()
                    });
            if (itemsAsked && kept.isEmpty()) {
                continue;
            }
            parts.add(new BriefPart(
                    part.area(),
                    part.health(),
                    part.summary(),
                    part.configured(),
                    part.link(),
                    part.readAt(),
                    part.freshness(),
                    part.oldestChange(),
                    kept,
                    part.counts()));
        }
        return new BriefStatus(
                brief.replay(), brief.overall(), brief.headline(), brief.watchedAreas(), brief.areas(), parts);
    }

    private static String asked(PageFilter filter, String facet) {
        return filter.facets().stream()
                .filter(f -> f.name().equals(facet))
                .findFirst()
                .orElseThrow()
                .value();
    }

    /** How many items the brief lists: {@code view.itemCount} in a template. */
    @TemplateExtension
    static int itemCount(BriefStatus brief) {
        return brief.parts().stream().mapToInt(p -> p.items().size()).sum();
    }
}
