package dev.commandcenter.query.agents;

import dev.commandcenter.observation.KnownSource;
import java.time.Instant;

/**
 * One piece of evidence behind a row's state, named by where it came from.
 *
 * @param source     the source it was read from ({@code heartbeats}, {@code processes}, {@code endpoints}, {@code gitea})
 * @param name       what it is ({@code process}, {@code heartbeat age}, {@code assignees}, …)
 * @param value      what it said, in words
 * @param observedAt when the collector saw it
 */
public record Signal(String source, String name, String value, Instant observedAt) {

    public Signal(KnownSource source, String name, String value, Instant observedAt) {
        this(source.sourceName(), name, value, observedAt);
    }
}
