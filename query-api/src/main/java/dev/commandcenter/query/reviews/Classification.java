package dev.commandcenter.query.reviews;

import dev.commandcenter.observation.WireName;

/** Whether a pull request needs the operator's judgment. */
public enum Classification implements WireName {
    NEEDS_JUDGMENT,
    ROUTINE;
}
