package dev.commandcenter.query.sources;

import dev.commandcenter.query.Replay;
import java.util.List;

/**
 * Every known source and how fresh it is, at one instant. The REST body and the page model.
 *
 * @param logProblems why polls are not reaching the log right now ("the log cannot be written:
 *                    &lt;reason&gt;", one per source whose last append failed); empty when they are
 */
public record SourcesView(Replay replay, List<SourceStatus> sources, List<String> logProblems) {}
