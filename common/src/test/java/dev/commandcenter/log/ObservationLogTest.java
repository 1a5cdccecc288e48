package dev.commandcenter.log;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.job;
import static dev.commandcenter.log.Polls.ok;
import static dev.commandcenter.log.Polls.okOn;
import static dev.commandcenter.log.Polls.poll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import dev.commandcenter.observation.SubjectSeen;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObservationLogTest {

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
    void appendsOnlySubjectsWhoseContentChanged() {
        assertEquals(
                2,
                log.append(ok(T0, job("a", "scheduled"), job("b", "scheduled"))).appended());
        assertEquals(
                0,
                log.append(ok(T0.plusSeconds(60), job("a", "scheduled"), job("b", "scheduled")))
                        .appended());
        assertEquals(
                1,
                log.append(ok(T0.plusSeconds(120), job("a", "paused"), job("b", "scheduled")))
                        .appended());

        assertEquals(3, count("observation"));
        assertEquals(3, count("source_read"), "every poll leaves its read, changed or not");
        assertEquals("paused", state(reader.latestAt("hermes", T0.plusSeconds(120)), "cron:job:a"));
    }

    @Test
    void fieldOrderAloneIsNotAChange() {
        ObjectNode first = JsonNodeFactory.instance.objectNode().put("id", "a").put("state", "scheduled");
        ObjectNode reordered =
                JsonNodeFactory.instance.objectNode().put("state", "scheduled").put("id", "a");
        log.append(ok(T0, new SubjectSeen("cron:job:a", "CronJobRead", null, first)));
        assertEquals(
                0,
                log.append(ok(T0.plusSeconds(60), new SubjectSeen("cron:job:a", "CronJobRead", null, reordered)))
                        .appended());
    }

    @Test
    void vanishedSubjectIsMarkedGoneOnceAndCanReturn() {
        log.append(ok(T0, job("a", "scheduled"), job("once", "scheduled")));
        assertEquals(
                1, log.append(ok(T0.plusSeconds(60), job("a", "scheduled"))).appended());
        assertEquals(
                0, log.append(ok(T0.plusSeconds(120), job("a", "scheduled"))).appended());

        List<Observation> history = reader.history("hermes", "cron:job:once", T0, T0.plusSeconds(120));
        assertEquals(2, history.size());
        assertTrue(history.get(1).gone());
        assertEquals(List.of("cron:job:a"), subjects(reader.latestAt("hermes", T0.plusSeconds(120))));

        assertEquals(
                1,
                log.append(ok(T0.plusSeconds(180), job("a", "scheduled"), job("once", "scheduled")))
                        .appended());
        assertEquals(List.of("cron:job:a", "cron:job:once"), subjects(reader.latestAt("hermes", T0.plusSeconds(180))));
    }

    @Test
    void twoHostsReadingOneSourceNeverMarkEachOthersSubjectsGone() {
        log.append(okOn("build-box", T0, job("build-box/nightly", "scheduled")));
        log.append(okOn("gpu-box", T0.plusSeconds(10), job("gpu-box/train", "scheduled")));
        assertEquals(
                0,
                log.append(okOn("build-box", T0.plusSeconds(60), job("build-box/nightly", "scheduled")))
                        .appended(),
                "gpu-box's job is not build-box's to mark gone");
        assertEquals(
                0,
                log.append(okOn("gpu-box", T0.plusSeconds(70), job("gpu-box/train", "scheduled")))
                        .appended());

        assertEquals(
                List.of("cron:job:build-box/nightly", "cron:job:gpu-box/train"),
                subjects(reader.latestAt("hermes", T0.plusSeconds(70))));
    }

    @Test
    void aHostStillMarksItsOwnVanishedSubjectsGoneAlsoAfterARestart() {
        log.append(okOn("build-box", T0, job("build-box/nightly", "scheduled"), job("build-box/once", "scheduled")));
        log.append(okOn("gpu-box", T0.plusSeconds(10), job("gpu-box/train", "scheduled")));
        ObservationLog restarted = new ObservationLog(db);

        assertEquals(
                0,
                restarted
                        .append(okOn("gpu-box", T0.plusSeconds(70), job("gpu-box/train", "scheduled")))
                        .appended(),
                "the restarted log still knows which host stored what");
        assertEquals(
                1,
                restarted
                        .append(okOn("build-box", T0.plusSeconds(60), job("build-box/nightly", "scheduled")))
                        .appended());
        assertEquals(
                List.of("cron:job:build-box/nightly", "cron:job:gpu-box/train"),
                subjects(reader.latestAt("hermes", T0.plusSeconds(70))));
        assertTrue(reader.history("hermes", "cron:job:build-box/once", T0, T0.plusSeconds(70))
                .get(1)
                .gone());
    }

    @Test
    void subjectsInScopesThatCouldNotBeReadAreNotGone() {
        SubjectSeen inA = new SubjectSeen(
                "gitea:pr:o/a#1", "PullRequestSeen", null, job("x", "open").payload());
        SubjectSeen inB = new SubjectSeen(
                "gitea:pr:o/b#7", "PullRequestSeen", null, job("y", "open").payload());
        log.append(ok(T0, inA, inB));

        PollResult partial =
                poll(T0.plusSeconds(60), ReadOutcome.PARTIAL, "o/b: HTTP 500", List.of(inA), List.of("gitea:pr:o/b#"));
        assertEquals(0, log.append(partial).appended());
        assertEquals(2, reader.latestAt("hermes", T0.plusSeconds(60)).size());
    }

    @Test
    void failedPollRecordsItsReadAndMarksNothingGone() {
        log.append(ok(T0, job("a", "scheduled")));
        log.append(poll(
                T0.plusSeconds(60), ReadOutcome.MALFORMED, "jobs.json: unexpected end of input", List.of(), List.of()));

        assertEquals(1, reader.latestAt("hermes", T0.plusSeconds(60)).size());
        SourceRead last = reader.lastRead("hermes", T0.plusSeconds(60)).orElseThrow();
        assertEquals(ReadOutcome.MALFORMED, last.outcome());
        assertEquals("jobs.json: unexpected end of input", last.error());
        assertEquals(
                T0,
                reader.lastDeliveringRead("hermes", T0.plusSeconds(60))
                        .orElseThrow()
                        .finishedAt());
    }

    @Test
    void latestAtShowsTheLogAsItWasAtThatInstant() {
        log.append(ok(T0, job("a", "scheduled")));
        log.append(ok(T0.plusSeconds(60), job("a", "paused")));
        log.append(ok(T0.plusSeconds(120), job("a", "error")));

        assertEquals("scheduled", state(reader.latestAt("hermes", T0.plusSeconds(59)), "cron:job:a"));
        assertEquals("paused", state(reader.latestAt("hermes", T0.plusSeconds(60)), "cron:job:a"));
        assertEquals("error", state(reader.latestAt("hermes", T0.plusSeconds(600)), "cron:job:a"));
        assertTrue(reader.latestAt("hermes", T0.minusSeconds(1)).isEmpty(), "nothing before the log begins");
        assertTrue(reader.lastRead("hermes", T0.minusSeconds(1)).isEmpty());
    }

    @Test
    void historyReturnsTheChangesWithinTheRange() {
        log.append(ok(T0, job("a", "scheduled")));
        log.append(ok(T0.plusSeconds(60), job("a", "paused")));
        log.append(ok(T0.plusSeconds(120), job("a", "scheduled")));

        List<Observation> middle = reader.history("hermes", "cron:job:a", T0.plusSeconds(30), T0.plusSeconds(90));
        assertEquals(1, middle.size());
        assertTrue(middle.get(0).payload().contains("\"paused\""));
        assertEquals(T0.plusSeconds(60), middle.get(0).observedAt());
    }

    @Test
    void redeliveredPollIsAppendedOnce() {
        PollResult poll = ok(T0, job("a", "scheduled"));
        assertFalse(log.append(poll).duplicate());
        assertTrue(log.append(poll).duplicate());
        assertEquals(1, count("source_read"));
        assertEquals(1, count("observation"));
    }

    @Test
    void pollIsAllOrNothing() {
        SubjectSeen fine = job("a", "scheduled");
        SubjectSeen unstorable = new SubjectSeen("cron:job:" + "x".repeat(600), "CronJobRead", null, fine.payload());

        assertThrows(LogAppendFailed.class, () -> log.append(ok(T0, fine, unstorable)));
        assertEquals(0, count("source_read"));
        assertEquals(0, count("observation"));
        assertEquals(0, count("subject"));

        assertEquals(
                1,
                log.append(ok(T0.plusSeconds(60), fine)).appended(),
                "after a rollback the subject is still new to the log");
    }

    @Test
    void updateAndDeleteOnTheLogAreRefused() {
        log.append(ok(T0, job("a", "scheduled")));
        for (String sql : List.of(
                "UPDATE observation SET payload = '{}'",
                "DELETE FROM observation",
                "UPDATE source_read SET outcome = 'ok'",
                "DELETE FROM source_read",
                "UPDATE subject SET subject = 'x'",
                "DELETE FROM subject")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(1, count("observation"));
        assertEquals(1, count("source_read"));
    }

    private static String state(List<Observation> observations, String subject) {
        Observation o = observations.stream()
                .filter(x -> x.subject().equals(subject))
                .findFirst()
                .orElseThrow();
        return o.payload().replaceAll(".*\"state\":\"([^\"]+)\".*", "$1");
    }

    private static List<String> subjects(List<Observation> observations) {
        return observations.stream().map(Observation::subject).toList();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long count(String table) {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
