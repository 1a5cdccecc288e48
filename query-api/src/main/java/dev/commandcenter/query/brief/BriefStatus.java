package dev.commandcenter.query.brief;

import dev.commandcenter.query.Replay;
import java.util.List;

/** The operator's first screen: overall health, and every area with the rows that make it so. */
public record BriefStatus(Replay replay, Health overall, String headline, List<BriefPart> parts) {
}
