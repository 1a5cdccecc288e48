package dev.commandcenter.query.brief;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.commandcenter.observation.Freshness;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One area of the brief: its health, a one-line summary with the figures that matter, the items
 * behind any colour, and where it comes from.
 *
 * @param configured   false when none of the area's sources is configured: shown, but not rolled up
 * @param link         the view the area summarises
 * @param readAt       when the area's configured sources last delivered data: the oldest of them; null if never
 * @param freshness    the worst freshness of the area's configured sources and of its rows; unknown when unconfigured
 * @param oldestChange the oldest last change among the area's rows: how long a state has held, not how old the data is
 * @param counts       how many items of each health the area has, including those beyond the shown list
 * @param unlisted     the items beyond the shown list, least urgent last: not sent with the view, kept for a
 *                     page that filters the items and must find any of them
 */
public record BriefPart(
        BriefArea area,
        Health health,
        String summary,
        boolean configured,
        String link,
        Instant readAt,
        Freshness freshness,
        Instant oldestChange,
        List<BriefItem> items,
        Map<Health, Integer> counts,
        @JsonIgnore List<BriefItem> unlisted) {

    /** A part whose items are all listed. */
    public BriefPart(
            BriefArea area,
            Health health,
            String summary,
            boolean configured,
            String link,
            Instant readAt,
            Freshness freshness,
            Instant oldestChange,
            List<BriefItem> items,
            Map<Health, Integer> counts) {
        this(area, health, summary, configured, link, readAt, freshness, oldestChange, items, counts, List.of());
    }
}
