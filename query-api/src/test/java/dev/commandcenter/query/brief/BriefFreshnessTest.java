package dev.commandcenter.query.brief;

import static dev.commandcenter.log.Polls.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.log.Polls;
import dev.commandcenter.log.TestDatabase;
import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import dev.commandcenter.query.agents.AgentHealthProjection;
import dev.commandcenter.query.sources.SourcesProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A tile says when its sources were read and how fresh they are; how long a state has held is another fact. */
class BriefFreshnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource db = TestDatabase.inMemory();
    private final ObservationLog log = new ObservationLog(db);
    private final LogReader reader = new LogReader(db);

    @Test
    void anAgentDownForHoursIsReadSecondsAgoAndSaysBoth() {
        SubjectSeen heartbeat = new SubjectSeen("agent:kimi-worker-2", "HeartbeatRead", null, heartbeat());
        SubjectSeen process = new SubjectSeen("process:kimi-worker-2", "ProcessChecked", null, processMissing());
        Instant lastPoll = T0.plus(Duration.ofHours(3));
        for (Instant t = T0; !t.isAfter(lastPoll); t = t.plus(Duration.ofMinutes(1))) {
            log.append(Polls.of("heartbeats", t, ReadOutcome.OK, null, List.of(heartbeat), List.of()));
            log.append(Polls.of("processes", t, ReadOutcome.OK, null, List.of(process), List.of()));
        }
        Instant now = lastPoll.plusSeconds(36);

        BriefPart agents = new AgentsBrief(new AgentHealthProjection(reader, new SourcesProjection(reader))).part(now);

        assertEquals(lastPoll, agents.readAt(), "the sources were read 36 s ago");
        assertEquals(Freshness.LIVE, agents.freshness());
        assertEquals(T0, agents.oldestChange(), "the state has held for three hours");
        BriefItem down = agents.items().get(0);
        assertEquals("kimi-worker-2 is down", down.title());
        assertEquals(lastPoll, down.readAt());
        assertEquals(T0, down.changedAt());
        assertEquals(Freshness.LIVE, down.freshness());
    }

    @Test
    void aTileIsNoFresherThanItsStalestSource() {
        SubjectSeen heartbeat = new SubjectSeen("agent:kimi-worker-2", "HeartbeatRead", null, heartbeat());
        log.append(Polls.of("heartbeats", T0, ReadOutcome.OK, null, List.of(heartbeat), List.of()));
        log.append(Polls.of(
                "processes",
                T0.plus(Duration.ofMinutes(9)),
                ReadOutcome.OK,
                null,
                List.of(new SubjectSeen("process:kimi-worker-2", "ProcessChecked", null, processMissing())),
                List.of()));

        BriefPart agents = new AgentsBrief(new AgentHealthProjection(reader, new SourcesProjection(reader)))
                .part(T0.plus(Duration.ofMinutes(10)));

        assertEquals(T0, agents.readAt(), "the oldest of the area's reads");
        assertEquals(Freshness.STALE, agents.freshness());
        assertNull(
                agents.items().stream()
                        .filter(i -> i.title().equals("heartbeats is stale"))
                        .findFirst()
                        .orElseThrow()
                        .changedAt(),
                "a source item has no state age");
    }

    private static ObjectNode heartbeat() {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("agent", "kimi-worker-2");
        payload.putNull("claim");
        ObjectNode beat = payload.putObject("heartbeat");
        beat.put("agent", "kimi-worker-2");
        beat.put("state", "idle");
        beat.put("written_at", T0.minusSeconds(5).toString());
        payload.put("file", "heartbeats/kimi-worker-2.json");
        payload.putNull("error");
        ObjectNode settings = payload.putObject("settings");
        settings.put("declared", true);
        settings.put("heartbeat_max_age_seconds", 600);
        return payload;
    }

    private static ObjectNode processMissing() {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("agent", "kimi-worker-2");
        payload.put("method", "pid-file");
        payload.putArray("pids").add(48213);
        payload.put("verdict", "missing");
        payload.put("reason", "no process 48213");
        return payload;
    }
}
