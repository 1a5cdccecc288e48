package dev.commandcenter.log;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.job;
import static dev.commandcenter.log.Polls.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Checkpoints are an optimisation: with or without them, the log answers exactly the same. */
class CheckpointTest {

    private final DataSource checkpointed = TestDatabase.inMemory();
    private final DataSource plain = TestDatabase.inMemory();
    private final ObservationLog often = new ObservationLog(checkpointed, 3);
    private final ObservationLog never = new ObservationLog(plain, Integer.MAX_VALUE);

    @Test
    void latestAtIsTheSameWithAndWithoutCheckpointsAtEveryInstant() throws Exception {
        Random random = new Random(7);
        List<Instant> instants = new ArrayList<>();
        for (int poll = 0; poll < 60; poll++) {
            List<SubjectSeen> seen = new ArrayList<>();
            for (int subject = 0; subject < 8; subject++) {
                if (random.nextInt(6) != 0) { // now and then a subject vanishes, and may come back
                    seen.add(job("j" + subject, "state-" + random.nextInt(3)));
                }
            }
            Instant at = T0.plusSeconds(60L * poll);
            PollResult result = ok(at, seen.toArray(SubjectSeen[]::new));
            often.append(result);
            never.append(result);
            instants.add(at);
            instants.add(at.plusSeconds(30));
        }
        assertTrue(count(checkpointed, "checkpoint") > 5, "the checkpointed log did take checkpoints");
        assertEquals(0, count(plain, "checkpoint"));

        LogReader withCheckpoints = new LogReader(checkpointed);
        LogReader without = new LogReader(plain);
        for (Instant at : instants) {
            assertEquals(
                    view(without.latestAt("hermes", at)),
                    view(withCheckpoints.latestAt("hermes", at)),
                    "latest at " + at);
        }
    }

    @Test
    void whatVanishedIsTheSameWithAndWithoutCheckpointsAtEveryInstantAndAfterAReopen() throws Exception {
        Random random = new Random(11);
        List<Instant> instants = new ArrayList<>();
        for (int poll = 0; poll < 60; poll++) {
            List<SubjectSeen> seen = new ArrayList<>();
            for (int subject = 0; subject < 8; subject++) {
                // Subjects 0 and 1 vanish early for good; the others now and then, and come back.
                boolean vanished = subject < 2 ? poll >= 5 + subject : random.nextInt(6) == 0;
                if (!vanished) {
                    seen.add(job("j" + subject, "state-" + random.nextInt(3)));
                }
            }
            Instant at = T0.plusSeconds(60L * poll);
            PollResult result = ok(at, seen.toArray(SubjectSeen[]::new));
            often.append(result);
            never.append(result);
            instants.add(at.plusSeconds(30));
        }
        LogReader withCheckpoints = new LogReader(checkpointed);
        LogReader without = new LogReader(plain);
        for (Instant at : instants) {
            assertEquals(
                    view(without.goneAt("hermes", at)), view(withCheckpoints.goneAt("hermes", at)), "gone at " + at);
        }
        Instant last = instants.get(instants.size() - 1);
        assertTrue(
                view(withCheckpoints.goneAt("hermes", last)).contains("cron:job:j0={}"),
                "a subject that vanished before many checkpoints is still known as gone");

        // A reopened log keeps carrying it in its next checkpoints; a month later it is no longer listed.
        ObservationLog reopened = new ObservationLog(checkpointed, 3);
        for (int poll = 60; poll < 70; poll++) {
            reopened.append(ok(T0.plusSeconds(60L * poll), job("j2", "s" + poll)));
        }
        Instant later = T0.plusSeconds(60L * 70);
        assertTrue(view(withCheckpoints.goneAt("hermes", later)).contains("cron:job:j0={}"));
        assertEquals(List.of(), view(withCheckpoints.goneAt("hermes", later.plus(LogReader.GONE_KEPT))));
    }

    @Test
    void aReaderThatHasReplayedAnInstantSeesAPollThatArrivedLateForIt() throws Exception {
        List<Instant> instants = new ArrayList<>();
        for (int poll = 0; poll < 30; poll++) {
            often.append(ok(
                    T0.plusSeconds(60L * poll),
                    job("busy", "s" + poll),
                    job("steady", "as before"),
                    job("other", "s" + poll / 4)));
            instants.add(T0.plusSeconds(60L * poll + 30));
        }
        LogReader replays = new LogReader(checkpointed);
        instants.forEach(at -> replays.latestAt("hermes", at)); // keeps the checkpoints it started from, decoded
        Instant replayed = T0.plusSeconds(60L * 26 + 30);
        assertTrue(view(replays.latestAt("hermes", replayed)).stream().anyMatch(s -> s.contains("as before")));

        // A second collector host's read of the 26th minute is stored after the 29th minute's.
        often.append(Polls.okOn(
                "host-b",
                T0.plusSeconds(60L * 26 + 10),
                job("busy", "s26"),
                job("steady", "changed"),
                job("other", "s6")));

        assertTrue(
                view(replays.latestAt("hermes", replayed)).stream()
                        .anyMatch(s -> s.startsWith("cron:job:steady=") && s.contains("changed")),
                "the late read is seen at an instant replayed before it arrived");
        for (Instant at : instants) {
            assertEquals(
                    view(new LogReader(checkpointed).latestAt("hermes", at)),
                    view(replays.latestAt("hermes", at)),
                    "what a reader that kept nothing reads, at " + at);
        }
    }

    @Test
    void aPollStoredAfterLaterCheckpointsIsSeenAtTheInstantsItWasObservedAsWithoutCheckpoints() throws Exception {
        List<Instant> instants = new ArrayList<>();
        for (int poll = 0; poll < 30; poll++) {
            PollResult result = ok(
                    T0.plusSeconds(60L * poll),
                    job("busy", "s" + poll),
                    job("steady", "as before"),
                    job("other", "s" + poll / 4));
            often.append(result);
            never.append(result);
            instants.add(T0.plusSeconds(60L * poll + 30));
        }
        // A second collector host, behind: its reads of the 10th to 13th minutes are stored after the 29th
        // minute's, when checkpoints taken from the 11th minute on already exist. They change enough to be
        // checkpointed, were they in time.
        long checkpointsBefore = count(checkpointed, "checkpoint");
        for (int minute = 10; minute < 14; minute++) {
            PollResult late = Polls.okOn(
                    "host-b",
                    T0.plusSeconds(60L * minute + 10),
                    job("busy", "b" + minute),
                    job("steady", "changed"),
                    job("other", "b" + minute));
            often.append(late);
            never.append(late);
            instants.add(T0.plusSeconds(60L * minute + 20));
        }
        assertEquals(checkpointsBefore, count(checkpointed, "checkpoint"), "late polls are not checkpointed");

        LogReader withCheckpoints = new LogReader(checkpointed);
        LogReader without = new LogReader(plain);
        for (Instant at : instants) {
            assertEquals(
                    view(without.latestAt("hermes", at)),
                    view(withCheckpoints.latestAt("hermes", at)),
                    "latest at " + at);
        }
        assertTrue(
                view(withCheckpoints.latestAt("hermes", T0.plusSeconds(60L * 15))).stream()
                        .anyMatch(v -> v.startsWith("cron:job:steady=") && v.contains("changed")),
                "the late read's change is the steady job's state from when it was observed");
        // The writer lists exactly the changes stored after a checkpoint taken later than they were observed.
        assertEquals(
                seqs(
                        checkpointed,
                        "SELECT o.seq FROM observation o WHERE EXISTS (SELECT 1 FROM checkpoint c WHERE c.source ="
                                + " o.source AND c.through_seq < o.seq AND c.taken_at > o.observed_at) ORDER BY o.seq"),
                seqs(checkpointed, "SELECT seq FROM late_observation ORDER BY seq"));
        assertTrue(count(checkpointed, "late_observation") >= 4, "each late read's changes are listed");
    }

    @Test
    void aReopenedLogDeduplicatesAgainstItsCheckpointsIncludingSubjectsThatVanishedBefore() {
        for (int poll = 0; poll < 10; poll++) {
            often.append(ok(T0.plusSeconds(60L * poll), job("a", "s" + poll), job("b", "steady")));
        }
        often.append(ok(T0.plusSeconds(600), job("a", "s9"))); // b vanishes
        for (int poll = 11; poll < 20; poll++) {
            often.append(ok(T0.plusSeconds(60L * poll), job("a", "s" + poll)));
        }
        ObservationLog reopened = new ObservationLog(checkpointed, 3);
        assertEquals(
                0, reopened.append(ok(T0.plusSeconds(1260), job("a", "s19"))).appended(), "unchanged");
        assertEquals(
                1,
                reopened.append(ok(T0.plusSeconds(1320), job("a", "s19"), job("b", "steady")))
                        .appended(),
                "b comes back once, without a second registration of the subject");
    }

    @Test
    void subjectsThatAreGoneDoNotSpreadCheckpointsApart() throws Exception {
        // 40 subjects come and go (closed PRs stay known as gone); only 2 are present at any time.
        for (int poll = 0; poll < 40; poll++) {
            often.append(ok(T0.plusSeconds(60L * poll), job("steady", "s" + poll), job("pr-" + poll, "open")));
        }
        assertTrue(
                count(checkpointed, "checkpoint") >= 15,
                "a checkpoint every few changes, not every 40: " + count(checkpointed, "checkpoint"));
    }

    @Test
    void closedIssuesAreNotCarriedByEveryLaterCheckpointWhileARemovedJobIs() throws Exception {
        // A forge where an issue is closed and a new one opened every minute: two open at any time, 60 closed.
        // Beside it a cron source whose job j0 is removed after ten minutes.
        for (int poll = 0; poll < 60; poll++) {
            Instant at = T0.plusSeconds(60L * poll);
            PollResult forge = Polls.of(
                    "gitea",
                    at,
                    ReadOutcome.OK,
                    null,
                    List.of(issue("steady", "open"), issue("issue-" + poll, "open")),
                    List.of());
            often.append(forge);
            never.append(forge);
            PollResult cron = poll < 10 ? ok(at, job("j0", "s"), job("j1", "s" + poll)) : ok(at, job("j1", "s" + poll));
            often.append(cron);
            never.append(cron);
        }
        List<Long> entries = seqs(
                checkpointed,
                "SELECT (SELECT COUNT(*) FROM checkpoint_entry e WHERE e.checkpoint_id = c.id) FROM checkpoint c"
                        + " WHERE c.source = 'gitea' ORDER BY c.id");
        assertTrue(entries.size() >= 10, "the forge was checkpointed: " + entries);
        assertEquals(
                List.of(2L),
                entries.stream().distinct().toList(),
                "every checkpoint of the forge lists its two open issues, not every issue closed before it");

        LogReader withCheckpoints = new LogReader(checkpointed);
        LogReader without = new LogReader(plain);
        for (int minute = 0; minute < 60; minute += 7) {
            Instant at = T0.plusSeconds(60L * minute + 30);
            assertEquals(
                    view(without.latestAt("gitea", at)), view(withCheckpoints.latestAt("gitea", at)), "open at " + at);
        }
        Instant end = T0.plusSeconds(60L * 60);
        assertEquals(List.of(), withCheckpoints.goneAt("gitea", end), "closed issues are not listed as removed");
        assertEquals(
                List.of("cron:job:j0={}"),
                view(withCheckpoints.goneAt("hermes", end)),
                "a removed job is still listed, fifty minutes and many checkpoints later");
    }

    private static SubjectSeen issue(String id, String state) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("number", id);
        payload.put("state", state);
        return new SubjectSeen("issue:" + id, "GiteaIssue", null, payload);
    }

    private static List<String> view(List<Observation> observations) {
        return observations.stream().map(o -> o.subject() + "=" + o.payload()).toList();
    }

    @Test
    void aPastInstantOfAFewBusySubjectsIsReadFromAFewTimesTheirNumberOfRowsNotThousands() throws Exception {
        DataSource db = TestDatabase.inMemory();
        ObservationLog log = new ObservationLog(db);
        // Fifty agents whose heartbeats change at every poll: 50 changes a minute.
        for (int poll = 0; poll < 60; poll++) {
            List<SubjectSeen> seen = new ArrayList<>();
            for (int agent = 0; agent < 50; agent++) {
                seen.add(job("agent-" + agent, "beat-" + poll));
            }
            log.append(ok(T0.plusSeconds(60L * poll), seen.toArray(SubjectSeen[]::new)));
        }
        List<Long> through = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT through_seq FROM checkpoint ORDER BY id")) {
            while (rs.next()) {
                through.add(rs.getLong(1));
            }
        }
        assertTrue(through.size() >= 14, "an hour of 3,000 changes is checkpointed every 200: " + through);
        for (int i = 1; i < through.size(); i++) {
            assertTrue(
                    through.get(i) - through.get(i - 1) <= 250,
                    "changes after a checkpoint before the next, at most five times the subjects: " + through);
        }
    }

    private static List<Long> seqs(DataSource db, String query) throws Exception {
        List<Long> seqs = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
        }
        return seqs;
    }

    private static long count(DataSource db, String table) throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
