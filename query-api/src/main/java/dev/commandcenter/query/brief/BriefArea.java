package dev.commandcenter.query.brief;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The areas of the brief, each computed from one view. */
public enum BriefArea {
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

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
