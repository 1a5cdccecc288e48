package dev.commandcenter.query.brief;

import java.time.Instant;

/** Computes one area of the brief from one view at an instant — never from a cache of its own. */
public interface BriefContributor {

    BriefArea area();

    BriefPart part(Instant at);
}
