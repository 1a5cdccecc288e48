package dev.commandcenter.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.LogReadFailed;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.testing.FixtureFiles;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A heartbeat's fact where the stored payload does not say everything, and where it is not a payload at all. */
class HeartbeatFactDefaultsTest {

    private static final Instant AT = Instant.parse("2026-07-20T09:40:00Z");

    @Test
    void aHeartbeatStoredWithoutSettingsTakesTheCollectorsDefaults() {
        HeartbeatFact fact = Facts.of(
                stored("{\"agent\":\"kimi-worker-2\",\"claim\":\"fleet/api#42\",\"heartbeat\":" + file() + "}"),
                HeartbeatFact.class,
                HeartbeatFact.READER);

        assertEquals(Duration.ofHours(2), fact.settings().stuckAfter());
        assertEquals(Duration.ofMinutes(10), fact.settings().heartbeatMaxAge());
        assertTrue(fact.settings().declared(), "only an explicit false makes an agent undeclared");
        assertEquals(HeartbeatFact.AgentSettings.DEFAULTS, fact.settings());
        assertEquals(Instant.parse("2026-07-20T09:39:30Z"), fact.heartbeat().writtenAt());
    }

    @Test
    void aStateThisVersionDoesNotKnowIsOtherAndKeepsTheAgentsWords() {
        ObjectNode file = (ObjectNode) FixtureFiles.json("heartbeats/kimi-worker-2.json");
        file.put("state", "compacting");
        file.putObject("last_error").put("kind", "overloaded");

        HeartbeatFile read = Facts.of(
                        stored("{\"agent\":\"kimi-worker-2\",\"heartbeat\":" + file + "}"),
                        HeartbeatFact.class,
                        HeartbeatFact.READER)
                .heartbeat();

        assertEquals(ReportedState.OTHER, read.state());
        assertEquals("compacting", read.stateText());
        assertEquals(AgentErrorKind.OTHER, read.lastError().kind());
        assertEquals("overloaded", read.lastError().kindText());
    }

    @Test
    void aStoredHeartbeatThatIsNotJsonIsADamagedLogNotASilentAgent() {
        LogReadFailed failed = assertThrows(
                LogReadFailed.class,
                () -> Facts.of(stored("{\"agent\":\"kimi-"), HeartbeatFact.class, HeartbeatFact.READER));

        assertEquals("stored payload of agent:kimi-worker-2 is not JSON", failed.getMessage());
    }

    private static String file() {
        return FixtureFiles.json("heartbeats/kimi-worker-2.json").toString();
    }

    private static Observation stored(String payload) {
        return new Observation(
                1, 1, "heartbeats", "agent:kimi-worker-2", AT, null, "HeartbeatRead", "h", payload, false);
    }
}
