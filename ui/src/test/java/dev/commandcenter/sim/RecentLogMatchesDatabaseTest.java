package dev.commandcenter.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.cron.CronStateConfig;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.history.ChangeInstants;
import dev.commandcenter.query.history.FlappingMarks;
import dev.commandcenter.query.history.FlappingRule;
import dev.commandcenter.query.history.SourceTimeline;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.tasks.TaskBoardConfig;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.testing.MutableClock;
import dev.commandcenter.testing.TestConfigs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views answered from the recent log in memory are exactly those answered from the database,
 * flapping marks included, at every instant of a busy simulated fleet's last two hours, and they
 * follow the log as it grows.
 */
class RecentLogMatchesDatabaseTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    private static final Duration FILLED = Duration.ofHours(3);
    private static final Duration COMPARED = Duration.ofHours(2);
    /** Longer than the log: every look-back of the views (claims over 4 x stuck-after) is in memory. */
    private static final Duration WINDOW = Duration.ofHours(9);

    @TempDir
    Path dir;

    @Test
    void everyViewFromMemoryEqualsTheViewFromTheDatabaseAndFollowsNewPolls() throws Exception {
        DataSource ds = LogFile.open(dir);
        LogProgress progress = new LogProgress();
        ObservationLog log = new ObservationLog(ds, progress);
        // Gitea churn x 20, so pull requests and issues change within minutes, not days.
        FleetSimulator fleet = new FleetSimulator(FleetScale.SMALL, START, 7, 20.0);
        Instant end = START.plus(FILLED);
        for (Instant at = START; at.isBefore(end); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            append(log, fleet.cycle(at));
        }
        MutableClock clock = new MutableClock(end);
        Connections database = new Connections(ds);
        Connections memory = new Connections(ds);
        Map<String, Function<Instant, Object>> fromDatabase = views(new LogReader(database.counted()));
        Map<String, Function<Instant, Object>> fromMemory =
                views(new LogReader(memory.counted(), new LogTail(memory.counted(), clock, progress, WINDOW)));
        // A window shorter than the log: memory starts from every subject's state at its start.
        Map<String, Function<Instant, Object>> fromShortMemory =
                views(new LogReader(ds, new LogTail(ds, clock, progress, COMPARED.plusMinutes(5))));
        fromMemory.get("sources").apply(end);
        long loaded = memory.opened.get();

        for (Instant at = end.minus(COMPARED).plusSeconds(1); !at.isAfter(end); at = at.plus(Duration.ofSeconds(397))) {
            assertSame(fromDatabase, fromMemory, at);
            assertSame(fromDatabase, fromShortMemory, at);
        }

        long memoryAfterLoad = memory.opened.get() - loaded;
        assertTrue(
                memoryAfterLoad * 20 < database.opened.get(),
                "memory answered " + memoryAfterLoad + " of its queries from the database, against "
                        + database.opened.get());

        // Three more minutes of polls: memory follows them without being reloaded.
        Object before = fromMemory.get("agent-health").apply(end);
        for (int i = 0; i < 3; i++) {
            append(log, fleet.cycle(end));
            end = end.plus(FleetSimulator.POLL_INTERVAL);
            clock.set(end);
        }
        assertNotEquals(before, fromMemory.get("agent-health").apply(end), "the newest polls reach the views");
        assertSame(fromDatabase, fromMemory, end);
        assertSame(fromDatabase, fromMemory, end.minusSeconds(90));
        assertSame(fromDatabase, fromShortMemory, end);
    }

    private static void append(ObservationLog log, Iterable<PollResult> polls) {
        for (PollResult poll : polls) {
            log.append(poll);
        }
    }

    private static void assertSame(
            Map<String, Function<Instant, Object>> expected,
            Map<String, Function<Instant, Object>> actual,
            Instant at) {
        expected.forEach((name, view) -> {
            Object fromDatabase = view.apply(at);
            assertFalse(fromDatabase.toString().isEmpty());
            assertEquals(fromDatabase, actual.get(name).apply(at), name + " at " + at);
        });
    }

    /** Every view with its flapping marks, wired as the application wires them, over one reader. */
    private static Map<String, Function<Instant, Object>> views(LogReader reader) {
        SourcesProjection sources = new SourcesProjection(reader);
        FlappingMarks flapping = new FlappingMarks(
                new ChangeInstants(reader, new SourceTimeline(reader, sources)),
                new FlappingRule(2, Duration.ofHours(1)),
                reader);
        AgentHealthProjection agents = new AgentHealthProjection(reader, sources, flapping);
        CronStateProjection cron =
                new CronStateProjection(reader, sources, TestConfigs.of(CronStateConfig.class, Map.of()), flapping);
        ReviewQueueProjection reviews =
                new ReviewQueueProjection(reader, sources, TestConfigs.of(GiteaViewConfig.class, Map.of()), flapping);
        TaskBoardProjection tasks =
                new TaskBoardProjection(reader, sources, TestConfigs.of(TaskBoardConfig.class, Map.of()));
        Map<String, Function<Instant, Object>> views = new LinkedHashMap<>();
        views.put("sources", sources::statuses);
        views.put("agent-health", agents::at);
        views.put("cron-state", cron::at);
        views.put("review-queue", at -> reviews.at(at, ReviewQueueQuery.ALL));
        views.put("task-board", tasks::at);
        return views;
    }

    /** Counts the connections a reader opens: each is a query the database answered. */
    private static final class Connections {
        final AtomicLong opened = new AtomicLong();
        private final DataSource target;

        Connections(DataSource target) {
            this.target = target;
        }

        DataSource counted() {
            return (DataSource) Proxy.newProxyInstance(
                    DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            opened.incrementAndGet();
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
