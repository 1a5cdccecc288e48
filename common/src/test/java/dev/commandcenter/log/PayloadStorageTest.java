package dev.commandcenter.log;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.ContentHash;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SubjectSeen;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PayloadStorageTest {

    private DataSource db;
    private ObservationLog log;
    private LogReader reader;

    @BeforeEach
    void freshLog() {
        db = TestDatabase.inMemory();
        log = new ObservationLog(db);
        reader = new LogReader(db);
    }

    @Test
    void aPayloadThatRecursIsStoredOnce() {
        for (int minute = 0; minute < 6; minute++) {
            log.append(ok(T0.plusSeconds(60L * minute), agent(minute % 2 == 0 ? "idle" : "busy", 0)));
        }

        assertEquals(6, count("observation"), "every flip is a change");
        assertEquals(2, count("payload"), "two distinct payloads");
        List<Observation> history = reader.history("hermes", "agent:builder", T0, T0.plusSeconds(600));
        assertEquals(
                List.of("idle", "busy", "idle", "busy", "idle", "busy"),
                history.stream()
                        .map(o -> o.payload().replaceAll(".*\"state\":\"([^\"]+)\".*", "$1"))
                        .toList());
    }

    @Test
    void everyPayloadReadsBackAsTheCanonicalTextThatWasHashed() {
        List<JsonNode> sent = new ArrayList<>();
        for (int minute = 0; minute < 150; minute++) {
            SubjectSeen beat = agent(minute % 7 == 0 ? "busy" : "idle", minute);
            sent.add(beat.payload());
            log.append(ok(T0.plusSeconds(60L * minute), beat));
        }

        List<Observation> stored = reader.history("hermes", "agent:builder", T0, T0.plusSeconds(60L * 150));
        assertEquals(150, stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(ContentHash.canonicalJson(sent.get(i)), stored.get(i).payload());
            assertEquals(ContentHash.of("AgentSeen", sent.get(i)), stored.get(i).contentHash());
        }
        assertTrue(count("payload WHERE base_id IS NOT NULL") > 100, "small changes are stored on a base");
        PayloadStore.forgetDecodedTexts();
        List<Observation> again = new LogReader(db).history("hermes", "agent:builder", T0, T0.plusSeconds(60L * 150));
        assertEquals(stored, again, "read back without the cache: the same texts");
    }

    @Test
    void aNewSubjectIsStoredOnTheLastWholePayloadOfItsKind() {
        log.append(ok(T0, agent("idle", 1)));
        log.append(ok(T0.plusSeconds(60), agentNamed("tester", "idle", 1)));

        assertEquals(1, count("payload WHERE base_id IS NOT NULL"));
        assertEquals(
                ContentHash.canonicalJson(agentNamed("tester", "idle", 1).payload()),
                reader.history("hermes", "agent:tester", T0, T0.plusSeconds(60))
                        .get(0)
                        .payload());
    }

    @Test
    void aRestartedLogFindsTheSameContentUnchanged() {
        log.append(ok(T0, agent("idle", 1)));
        ObservationLog restarted = new ObservationLog(db);

        assertEquals(
                0, restarted.append(ok(T0.plusSeconds(60), agent("idle", 1))).appended());
        assertEquals(
                1, restarted.append(ok(T0.plusSeconds(120), agent("busy", 1))).appended());
    }

    @Test
    void updateAndDeleteOfPayloadsAreRefused() {
        log.append(ok(T0, agent("idle", 1)));
        for (String sql : List.of("UPDATE payload SET codec = 'x'", "DELETE FROM payload")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    static SubjectSeen agent(String state, int iteration) {
        return agentNamed("builder", state, iteration);
    }

    static SubjectSeen agentNamed(String name, String state, int iteration) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("agent", name).put("state", state).put("claim", state.equals("busy") ? "fleet/app#12" : null);
        ObjectNode beat = payload.putObject("heartbeat");
        beat.put(
                "written_at",
                Instant.parse("2026-03-02T09:00:00Z")
                        .plusSeconds(60L * iteration)
                        .toString());
        beat.put("pid", 4242)
                .put("model", "qwen3-coder")
                .put("provider", "local")
                .put("host", "build-box");
        beat.putObject("loop").put("iteration", iteration).put("workers", 4).put("lock", ".loop/lock");
        payload.putObject("settings")
                .put("declared", true)
                .put("stuck_after_seconds", 7200)
                .put("heartbeat_max_age_seconds", 600)
                .put("gitea_login", name);
        return new SubjectSeen("agent:" + name, "AgentSeen", null, payload);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long count(String tableAndCondition) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
