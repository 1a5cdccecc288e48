package dev.commandcenter.fact;

import dev.commandcenter.observation.WireName;

/** How a Hermes job's last run went ({@code last_status}): Hermes writes {@code ok}, {@code error} or null. */
public enum CronRunStatus implements WireName {
    OK,
    ERROR,
    /** Never ran ({@code null}). */
    NONE,
    /** A status this version does not know. */
    OTHER;

    static CronRunStatus parse(String text) {
        return text == null ? NONE : WireName.parseOr(CronRunStatus.class, text, OTHER);
    }
}
