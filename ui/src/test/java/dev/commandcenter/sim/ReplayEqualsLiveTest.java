package dev.commandcenter.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.LogProgress;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogTail;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.ViewInstant;
import dev.commandcenter.query.ViewSnapshots;
import dev.commandcenter.query.agents.AgentBounds;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.brief.AgentsBrief;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.CronBrief;
import dev.commandcenter.query.brief.QueueBrief;
import dev.commandcenter.query.brief.ReviewsBrief;
import dev.commandcenter.query.brief.SourcesBrief;
import dev.commandcenter.query.cron.CronStateConfig;
import dev.commandcenter.query.cron.CronStateProjection;
import dev.commandcenter.query.history.AgentTimeline;
import dev.commandcenter.query.history.ChangeInstants;
import dev.commandcenter.query.history.FlappingMarks;
import dev.commandcenter.query.history.FlappingRule;
import dev.commandcenter.query.history.FlappingSubjects;
import dev.commandcenter.query.history.JobTimeline;
import dev.commandcenter.query.history.LedgerConfig;
import dev.commandcenter.query.history.LedgerStore;
import dev.commandcenter.query.history.PullRequestTimeline;
import dev.commandcenter.query.history.SourceTimeline;
import dev.commandcenter.query.history.StateLedger;
import dev.commandcenter.query.reviews.GiteaViewConfig;
import dev.commandcenter.query.reviews.ReviewQueueProjection;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import dev.commandcenter.query.sources.SourcesProjection;
import dev.commandcenter.query.tasks.TaskBoardConfig;
import dev.commandcenter.query.tasks.TaskBoardProjection;
import dev.commandcenter.testing.MutableClock;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view replayed at a past instant is the view that was served live at that instant: every view of
 * a busy simulated fleet is recorded as it was answered at now, minute by minute for an hour, as the
 * application answers it (views at now kept as snapshots, flapping marks and "since when" from the
 * state ledger as it stood then); afterwards each instant is replayed, from memory and from the
 * database, and compared as JSON, flapping marks included.
 */
class ReplayEqualsLiveTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    /** Filled before the recording starts: history enough for flapping and claim look-backs. */
    private static final Duration FILLED = Duration.ofHours(2);

    private static final Duration RECORDED = Duration.ofHours(1);
    /** The recent log: shorter than the log, so that later replays of the recorded hour read the database. */
    private static final Duration MEMORY = Duration.ofMinutes(90);
    /** When a live request arrives after its poll: inside the minute, as an operator's would. */
    private static final Duration REQUEST_AFTER_POLL = Duration.ofSeconds(23);

    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path dir;

    private MutableClock clock;
    private StateLedger ledger;
    private Map<String, Function<Instant, Object>> views;

    @Test
    void everyViewReplayedAtAnInstantIsTheViewServedLiveThen() throws Exception {
        DataSource ds = LogFile.open(dir);
        LogProgress progress = new LogProgress();
        ObservationLog log = new ObservationLog(ds, progress);
        // Gitea churn x 20, so pull requests and issues change within minutes, not days.
        FleetSimulator fleet = new FleetSimulator(FleetScale.SMALL, START, 23, 20.0);
        Instant recording = START.plus(FILLED);
        for (Instant at = START; at.isBefore(recording); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            append(log, fleet.cycle(at));
        }
        clock = new MutableClock(recording);
        wire(ds, progress);
        ledger.advance();

        Map<Instant, Map<String, String>> live = new LinkedHashMap<>();
        Instant end = recording.plus(RECORDED);
        for (Instant poll = recording; poll.isBefore(end); poll = poll.plus(FleetSimulator.POLL_INTERVAL)) {
            append(log, fleet.cycle(poll));
            Instant now = poll.plus(REQUEST_AFTER_POLL);
            clock.set(now);
            ledger.advance();
            live.put(now, answers(now));
        }

        // Later, with the log an hour and a half longer: every recorded instant replayed.
        for (Instant poll = end;
                poll.isBefore(end.plus(Duration.ofMinutes(90)));
                poll = poll.plus(FleetSimulator.POLL_INTERVAL)) {
            append(log, fleet.cycle(poll));
        }
        clock.set(end.plus(Duration.ofMinutes(90)));
        ledger.advance();
        List<String> differences = new ArrayList<>();
        int flapping = 0;
        for (Map.Entry<Instant, Map<String, String>> recorded : live.entrySet()) {
            Map<String, String> replayed = answers(recorded.getKey());
            for (String view : views.keySet()) {
                String then = recorded.getValue().get(view);
                if (!then.equals(replayed.get(view))) {
                    differences.add(view + " at " + recorded.getKey());
                }
                flapping += then.contains("\"flapping\":true") ? 1 : 0;
            }
        }
        assertEquals(List.of(), differences, "replays that differ from what was served live");
        assertEquals(60, live.size(), "an hour of minutes recorded");
        assertTrue(flapping > 0, "the recording includes flapping marks, so they are compared too");
    }

    /** Every view at {@code at}, as JSON; the brief without its place in time (live or replay). */
    private Map<String, String> answers(Instant at) {
        Map<String, String> out = new LinkedHashMap<>();
        views.forEach((name, view) -> out.put(name, json(view.apply(at))));
        return out;
    }

    private static String json(Object view) {
        ObjectNode tree = JSON.valueToTree(view);
        // The brief says whether it is live or replayed, and the next change after a replayed instant.
        tree.remove("replay");
        return tree.toString();
    }

    /** The views as the application wires them, on the state ledger, with snapshots of the views at now. */
    private void wire(DataSource ds, LogProgress progress) {
        LogTail tail = new LogTail(ds, clock, progress, MEMORY);
        LogReader reader = new LogReader(ds, tail);
        SourcesProjection sources = new SourcesProjection(reader);
        ChangeInstants changes = new ChangeInstants(reader, new SourceTimeline(reader, sources));
        GiteaViewConfig gitea = TestConfigs.of(GiteaViewConfig.class, Map.of());
        CronStateConfig cronConfig = TestConfigs.of(CronStateConfig.class, Map.of());
        AgentTimeline agentTimeline = new AgentTimeline(changes, new AgentHealthProjection(reader, sources), reader);
        JobTimeline jobTimeline =
                new JobTimeline(changes, new CronStateProjection(reader, sources, cronConfig, FlappingSubjects.NONE));
        PullRequestTimeline prTimeline = new PullRequestTimeline(
                changes, new ReviewQueueProjection(reader, sources, gitea, FlappingSubjects.NONE));
        ledger = new StateLedger(
                agentTimeline,
                jobTimeline,
                prTimeline,
                new LedgerStore(ds),
                reader,
                tail,
                TestConfigs.of(LedgerConfig.class, Map.of()),
                "sim",
                clock,
                false);
        FlappingMarks marks = new FlappingMarks(changes, new FlappingRule(6, Duration.ofHours(1)), reader, ledger);
        ViewSnapshots snapshots = new ViewSnapshots(reader, clock);

        AgentHealthProjection agents =
                new AgentHealthProjection(reader, sources, marks, AgentBounds.DEFAULTS, snapshots);
        ReviewQueueProjection reviews = new ReviewQueueProjection(reader, sources, gitea, marks, snapshots);
        CronStateProjection cron = new CronStateProjection(reader, sources, cronConfig, marks, snapshots);
        TaskBoardProjection tasks =
                new TaskBoardProjection(reader, sources, TestConfigs.of(TaskBoardConfig.class, Map.of()), snapshots);
        BriefProjection brief = new BriefProjection(
                new BriefContributors(List.of(
                        new AgentsBrief(agents),
                        new ReviewsBrief(reviews),
                        new QueueBrief(cron, tasks),
                        new CronBrief(cron),
                        new SourcesBrief(sources))),
                snapshots);
        ReplayNavigator navigator = new ReplayNavigator(new ViewInstant(clock), reader);
        views = new LinkedHashMap<>();
        // A live request names no instant; a replay names the instant it was served at.
        views.put("brief", at -> brief.at(navigator.locate(at.equals(clock.instant()) ? null : at.toString())));
        views.put("agent-health", agents::at);
        views.put("review-queue", at -> reviews.at(at, ReviewQueueQuery.ALL));
        views.put("cron-state", cron::at);
        views.put("task-board", tasks::at);
    }

    private static void append(ObservationLog log, Iterable<PollResult> polls) {
        for (PollResult poll : polls) {
            log.append(poll);
        }
    }
}
