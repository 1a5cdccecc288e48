package dev.commandcenter.query.sources;

import java.time.Instant;
import java.util.List;

/** Every known source and how fresh it is, at one instant. The REST body and the page model. */
public record SourcesView(Instant at, List<SourceStatus> sources) {
}
