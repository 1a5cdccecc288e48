package dev.commandcenter.query.brief;

import dev.commandcenter.observation.WireName;

/** The areas of the brief, each computed from one view. */
public enum BriefArea implements WireName {
    AGENTS("Agents"),
    SERVICES("Services and models"),
    REVIEWS("Review pressure"),
    QUEUE("Queue pressure"),
    CRON("Cron"),
    SOURCES("Sources");

    private final String title;

    BriefArea(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
