package dev.commandcenter.query.brief;

import dev.commandcenter.query.Replay;
import java.util.List;

/**
 * The operator's first screen: overall health, and every area with the rows that make it so.
 *
 * @param watchedAreas how many areas have a configured source and so roll up into {@code overall}
 * @param areas        how many areas there are
 */
public record BriefStatus(
        Replay replay, Health overall, String headline, int watchedAreas, int areas, List<BriefPart> parts) {}
