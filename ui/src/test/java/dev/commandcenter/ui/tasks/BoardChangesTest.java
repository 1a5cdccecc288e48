package dev.commandcenter.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.sim.FleetScale;
import dev.commandcenter.sim.FleetSimulator;
import dev.commandcenter.sim.LogFile;
import dev.commandcenter.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task board's time bar marks every instant at which an issue changed (opened, moved, edited,
 * closed), as many as changed then, and follows the log as it grows: checked against the forge's
 * issues as the log held them just before and at each instant.
 */
class BoardChangesTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void marksEveryInstantAnIssueChangedAndFollowsNewPolls() {
        DataSource ds = LogFile.open(dir);
        LogProgress progress = new LogProgress();
        ObservationLog log = new ObservationLog(ds, progress);
        // Forge churn x 20: issues change within minutes, not days.
        FleetSimulator fleet = new FleetSimulator(FleetScale.SMALL, START, 7, 20.0);
        Instant end = START.plus(Duration.ofHours(2));
        for (Instant at = START; at.isBefore(end); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            fleet.cycle(at).forEach(log::append);
        }
        MutableClock clock = new MutableClock(end);
        LogReader reader = new LogReader(ds, new LogTail(ds, clock, progress, Duration.ofHours(6)));
        BoardChanges changes = new BoardChanges(reader);
        Instant from = START.plus(Duration.ofMinutes(30));

        NavigableMap<Instant, Integer> marked = changes.between(from, end);
        assertTrue(marked.size() > 20, "a busy forge changes issues every few minutes: " + marked);
        assertEquals(expected(reader, from, end), marked);
        assertSame(marked, changes.between(from, end), "the same answer while the log stays put");

        // From the log's first read on, issues that were there from the start are not changes.
        assertEquals(expected(reader, START, end), changes.between(START, end));

        for (int i = 0; i < 5; i++) {
            fleet.cycle(end).forEach(log::append);
            end = end.plus(FleetSimulator.POLL_INTERVAL);
        }
        clock.set(end);
        NavigableMap<Instant, Integer> later = changes.between(from, end);
        assertEquals(expected(reader, from, end), later);
        assertTrue(later.size() >= marked.size());
    }

    /**
     * Each instant at which the forge was read with issues in it, the issues whose content differs from the
     * millisecond before (the log's first read is where it begins: nothing before it to differ from).
     */
    private static NavigableMap<Instant, Integer> expected(LogReader log, Instant from, Instant to) {
        TreeSet<Instant> instants = new TreeSet<>();
        log.stream("gitea", from, to, o -> instants.add(o.observedAt()));
        NavigableMap<Instant, Integer> out = new TreeMap<>();
        for (Instant at : instants) {
            Map<String, String> before = issues(log, at.minusMillis(1));
            Map<String, String> after = issues(log, at);
            if (before.isEmpty()) {
                continue;
            }
            TreeSet<String> subjects = new TreeSet<>(before.keySet());
            subjects.addAll(after.keySet());
            int changed = (int) subjects.stream()
                    .filter(s -> !Objects.equals(before.get(s), after.get(s)))
                    .count();
            if (changed > 0) {
                out.put(at, changed);
            }
        }
        return out;
    }

    private static Map<String, String> issues(LogReader log, Instant at) {
        return log.latestAt("gitea", at).stream()
                .filter(o -> o.subject().startsWith("gitea:issue:"))
                .collect(Collectors.toMap(Observation::subject, Observation::contentHash));
    }
}
