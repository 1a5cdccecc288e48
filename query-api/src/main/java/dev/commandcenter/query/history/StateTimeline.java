package dev.commandcenter.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The states of the subjects of one kind over a window, judged from the log alone. The first
 * point of each subject is its state at {@code from}; later points follow the log.
 */
public interface StateTimeline {

    SubjectKind kind();

    List<StatePoint> timeline(Optional<String> subject, Instant from, Instant to);
}
