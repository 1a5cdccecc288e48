package dev.commandcenter.query.history;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.query.QueryRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Which source names a history or log query may name: the sources the command center reads, and
 * any other the log holds reads of. A name outside both was never seen, so no state of it is invented.
 */
@ApplicationScoped
public class KnownSubjects {

    private final LogReader log;

    @Inject
    public KnownSubjects(LogReader log) {
        this.log = log;
    }

    public boolean isSource(String name) {
        return Arrays.stream(KnownSource.values()).anyMatch(s -> s.is(name))
                || log.sourcesRead().contains(name);
    }

    /** Every source name a query may use, for the message that refuses another. */
    public List<String> sources() {
        TreeSet<String> names = new TreeSet<>(log.sourcesRead());
        Arrays.stream(KnownSource.values()).map(KnownSource::sourceName).forEach(names::add);
        return List.copyOf(names);
    }

    /** A history query's subject of kind {@code source} must be a source: else 404, never an invented state. */
    void requireSource(SubjectKind kind, String subject) {
        if (kind == SubjectKind.SOURCE && !isSource(subject)) {
            throw QueryRefused.neverSeen(
                    "subject",
                    subject,
                    "source " + subject + " was never seen: the sources are " + String.join(", ", sources()));
        }
    }
}
