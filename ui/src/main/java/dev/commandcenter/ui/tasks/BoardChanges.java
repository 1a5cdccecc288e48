package dev.commandcenter.ui.tasks;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.query.gitea.GiteaSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The instants at which the task board's issues changed, for its time bar: an issue opened, edited (a
 * lane label, an assignee, its title), closed or gone. Issues have no state history of their own (a
 * card's lane is judged from its issue, its pull requests and the claims together, and is not recorded),
 * but the log stores an issue only when it changed: the window's issue observations are read once, then
 * only what the log gained since, so a page reads none of them again while the log stays put.
 *
 * <p>Claims are not marked: a claim rides on every heartbeat, one a minute per agent, and finding the
 * instants it changed means reading and decoding every heartbeat of the span (72,000 for fifty agents
 * over 24 h, half a million over 7 d), which no history keeps.
 */
@ApplicationScoped
public class BoardChanges {

    /** How far back changes are kept: the longest span of a bar, and a day more before it is read again. */
    static final Duration KEPT = Duration.ofDays(8);

    private final LogReader log;

    /** What a change is told by, per stored observation: its subject and the value compared. */
    private record Seen(Instant at, long seq, long read, String subject, String value) {}

    private Instant start;
    private Instant readTo;
    private long position = Long.MIN_VALUE;
    private Map<String, String> before = Map.of();
    private final Map<Long, Seen> seen = new HashMap<>();
    private NavigableMap<Instant, Integer> changes = Collections.emptyNavigableMap();
    /** The windows asked since the last fold ([from, to]: the 24 h and 7 d bars), each the same map until the next. */
    private final Map<List<Instant>, NavigableMap<Instant, Integer>> windows = new HashMap<>();

    @Inject
    public BoardChanges(LogReader log) {
        this.log = log;
    }

    /**
     * The changes within [from, to] and how many at each instant; the same map while nothing changed,
     * so that a bar drawn from it is kept too.
     */
    public synchronized NavigableMap<Instant, Integer> between(Instant from, Instant to) {
        long at = log.position();
        if (start == null || from.isBefore(start) || start.isBefore(from.minus(KEPT))) {
            readAll(from, to, at);
        } else if (at != position || to.isAfter(readTo)) {
            Instant earliest = at == position ? null : log.earliestChangeSince(position);
            if (earliest != null && earliest.equals(Instant.MIN)) {
                readAll(start, to, at);
            } else {
                Instant lower = earliest == null || earliest.isAfter(readTo) ? readTo : earliest;
                read(lower.isBefore(start) ? start : lower, to);
                readTo = to;
                position = at;
                changes = fold();
            }
        }
        return windows.computeIfAbsent(
                List.of(from, to),
                w -> Collections.unmodifiableNavigableMap(new TreeMap<>(changes.subMap(from, true, to, true))));
    }

    private void readAll(Instant from, Instant to, long at) {
        start = from;
        seen.clear();
        Map<String, String> known = new HashMap<>();
        // Just before the window: an issue changed at its very start is a change.
        log.latestAt(GiteaSubjects.SOURCE, from.minusNanos(1))
                .forEach(o -> value(o).ifPresent(v -> known.put(o.subject(), v)));
        before = known;
        read(from, to);
        readTo = to;
        position = at;
        changes = fold();
    }

    private void read(Instant from, Instant to) {
        log.stream(GiteaSubjects.SOURCE, from, to, o -> {
            if (!o.observedAt().isBefore(start)) {
                value(o).ifPresent(v ->
                        seen.putIfAbsent(o.seq(), new Seen(o.observedAt(), o.seq(), o.readId(), o.subject(), v)));
            }
        });
    }

    /**
     * Folds what was read, oldest first: an instant counts the issues that changed then. An issue seen for
     * the first time was opened, unless it came with the log's first read of the forge: where the log
     * begins is not a change.
     */
    private NavigableMap<Instant, Integer> fold() {
        List<Seen> ordered = new ArrayList<>(seen.values());
        ordered.sort(Comparator.comparing(Seen::at).thenComparingLong(Seen::seq));
        Map<String, String> last = new HashMap<>(before);
        // Issues known before the window: the forge was read before it, and every issue seen in it is news.
        long first = before.isEmpty() && !ordered.isEmpty() ? ordered.get(0).read() : -1;
        TreeMap<Instant, Integer> out = new TreeMap<>();
        for (Seen s : ordered) {
            String previous = last.put(s.subject(), s.value());
            boolean changed = previous != null ? !previous.equals(s.value()) : s.read() != first;
            if (changed) {
                out.merge(s.at(), 1, Integer::sum);
            }
        }
        windows.clear();
        return out;
    }

    /** What is compared of an observation: an issue's content (or that it is gone); empty for anything else. */
    private static Optional<String> value(Observation o) {
        if (!SubjectKey.GITEA_ISSUE.matches(o.subject())) {
            return Optional.empty();
        }
        return Optional.of(o.gone() ? "gone" : Objects.requireNonNullElse(o.contentHash(), String.valueOf(o.seq())));
    }
}
