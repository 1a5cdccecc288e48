package dev.commandcenter.query.brief;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One area of the brief: its health, a one-line summary with the figures that matter, the items
 * behind any colour, and where it comes from.
 *
 * @param configured false when none of the area's sources is configured: shown, but not rolled up
 * @param link       the view the area summarises
 * @param observedAt the oldest observation the area rests on, if any
 * @param counts     how many items of each health the area has, including those beyond the shown list
 */
public record BriefPart(BriefArea area, Health health, String summary, boolean configured, String link,
        Instant observedAt, List<BriefItem> items, Map<Health, Integer> counts) {
}
