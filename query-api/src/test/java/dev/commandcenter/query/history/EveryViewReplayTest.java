package dev.commandcenter.query.history;

import static dev.commandcenter.query.history.Fleet.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.query.reviews.ReviewQueueQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Records a quarter of an hour of minute polls of every source, takes every view "live" a few
 * seconds after several polls, lets the log grow, then replays each instant: the replay must be
 * exactly what was live.
 */
class EveryViewReplayTest {

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final Views views = new Views(db, new FlappingRule(6, Duration.ofHours(1)));

    @Test
    void replayOfTheAgentHealthViewEqualsWhatWasLive() {
        Map<Instant, Object> live = recordWhileWatching(views.agents::at);
        live.forEach((at, seen) -> assertEquals(seen, views.agents.at(at), "agents at " + at));
        assertNotEquals(live.get(T.plusSeconds(5)), live.get(T.plusSeconds(185)), "the agent went down in between");
    }

    @Test
    void replayOfTheReviewQueueEqualsWhatWasLive() {
        Map<Instant, Object> live = recordWhileWatching(at -> views.reviews.at(at, ReviewQueueQuery.ALL));
        live.forEach((at, seen) -> assertEquals(seen, views.reviews.at(at, ReviewQueueQuery.ALL), "reviews at " + at));
        assertFalse(
                views.reviews.at(T.plusSeconds(5), ReviewQueueQuery.ALL).rows().isEmpty());
    }

    @Test
    void replayOfTheTaskBoardEqualsWhatWasLive() {
        Map<Instant, Object> live = recordWhileWatching(views.tasks::at);
        live.forEach((at, seen) -> assertEquals(seen, views.tasks.at(at), "tasks at " + at));
    }

    @Test
    void replayOfTheCronStateViewEqualsWhatWasLive() {
        Map<Instant, Object> live = recordWhileWatching(views.cron::at);
        live.forEach((at, seen) -> assertEquals(seen, views.cron.at(at), "cron at " + at));
        assertFalse(views.cron.at(T.plusSeconds(5)).jobs().isEmpty());
    }

    @Test
    void replayOfTheSourcesViewAndTheBriefEqualsWhatWasLive() {
        Map<Instant, Object> sources = recordWhileWatching(views.sources::statuses);
        Map<Instant, Object> brief = new LinkedHashMap<>();
        sources.keySet().forEach(at -> brief.put(at, views.brief.part(at)));
        appendQuarterHour(T.plus(Duration.ofMinutes(30)));
        sources.forEach((at, seen) -> assertEquals(seen, views.sources.statuses(at), "sources at " + at));
        brief.forEach((at, seen) -> assertEquals(seen, views.brief.part(at), "brief at " + at));
    }

    /** Appends the polls, taking the view 5 s after every third one and once in a silence, then appends more. */
    private Map<Instant, Object> recordWhileWatching(Function<Instant, Object> view) {
        Map<Instant, Object> live = new LinkedHashMap<>();
        for (int minute = 0; minute < 15; minute++) {
            Instant t = T.plus(Duration.ofMinutes(minute));
            pollEverySource(minute, t);
            if (minute % 3 == 0) {
                live.put(t.plusSeconds(5), view.apply(t.plusSeconds(5)));
            }
        }
        Instant quiet = T.plus(Duration.ofMinutes(20));
        live.put(quiet, view.apply(quiet));
        appendQuarterHour(T.plus(Duration.ofMinutes(21)));
        return live;
    }

    private void appendQuarterHour(Instant from) {
        for (int minute = 0; minute < 15; minute++) {
            pollEverySource(minute + 3, from.plus(Duration.ofMinutes(minute)));
        }
    }

    /** Minute 3 and 4: the agent's process is missing; minute 5: Hermes does not answer; minute 7 on: CI fails. */
    static void pollEverySource(ObservationLog log, int minute, Instant t) {
        log.append(Fleet.ok("heartbeats", t, List.of(Fleet.heartbeat("kimi-worker-2", t, null))));
        log.append(Fleet.ok(
                "processes",
                t,
                List.of(Fleet.process("kimi-worker-2", minute == 3 || minute == 4 ? "missing" : "alive"))));
        log.append(minute == 5 ? Fleet.failed("hermes", t) : Fleet.ok("hermes", t, Fleet.cron("hermes-running.json")));
        log.append(Fleet.ok("huey", t, Fleet.cron("huey-v3.3.0-utc.json")));
        List<SubjectSeen> gitea = new ArrayList<>();
        gitea.add(Fleet.pull(0, T.minus(Duration.ofHours(1)), minute >= 7 ? "failure" : "success"));
        gitea.add(Fleet.pull(1, T.minus(Duration.ofHours(2)), "success"));
        gitea.add(Fleet.issue(0));
        gitea.add(Fleet.issue(1));
        log.append(Fleet.ok("gitea", t, gitea));
    }

    private void pollEverySource(int minute, Instant t) {
        pollEverySource(log, minute, t);
    }
}
