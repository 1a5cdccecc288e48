package dev.commandcenter.query.brief;

import java.time.Instant;
import java.util.List;

/** Computes one area of the brief from one view at an instant — never from a cache of its own. */
public interface BriefContributor {

    BriefArea area();

    BriefPart part(Instant at);

    /** Every part this contributor computes from its view; a view that feeds two areas is computed once. */
    default List<BriefPart> parts(Instant at) {
        return List.of(part(at));
    }
}
