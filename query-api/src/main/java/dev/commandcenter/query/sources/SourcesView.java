package dev.commandcenter.query.sources;

import dev.commandcenter.query.Replay;
import java.util.List;

/** Every known source and how fresh it is, at one instant. The REST body and the page model. */
public record SourcesView(Replay replay, List<SourceStatus> sources) {
}
