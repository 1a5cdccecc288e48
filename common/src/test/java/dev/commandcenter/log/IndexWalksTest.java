package dev.commandcenter.log;

import static dev.commandcenter.log.Polls.T0;
import static dev.commandcenter.log.Polls.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A long history must not slow the questions asked at one instant: the newest read before it, the
 * checkpoint to start from, which sources and hosts read. Each is answered by walking an index from the
 * instant, so it visits a handful of rows whether the log holds a day of reads or a year; sorting or
 * scanning everything before the instant made a replay slower with every poll ever stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexWalksTest {

    private static final int POLLS = 1_500;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private final DataSource db = TestDatabase.inMemory();
    private final Instant middle = T0.plus(Duration.ofMinutes(POLLS / 2));

    @BeforeAll
    void aLongHistory() {
        ObservationLog log = new ObservationLog(db, 50);
        for (int minute = 0; minute < POLLS; minute++) {
            Instant at = T0.plus(Duration.ofMinutes(minute));
            // Every tenth poll of hermes fails: the newest delivering read is a few rows back.
            ReadOutcome outcome = minute % 10 == 9 ? ReadOutcome.UNREACHABLE : ReadOutcome.OK;
            List<SubjectSeen> seen = outcome == ReadOutcome.OK
                    ? List.of(job("a", "s" + minute % 7), job("b", "s" + minute % 3))
                    : List.of();
            log.append(poll("hermes", "host-a", at, outcome, seen));
            log.append(poll("gitea", "host-a", at.plusSeconds(5), ReadOutcome.OK, List.of(job("c", "s" + minute % 5))));
            if (minute >= POLLS - 100) {
                // A second collector host that joined late: not a reader of the middle of the log.
                log.append(poll("hermes", "host-b", at.plusSeconds(10), ReadOutcome.OK, List.of(job("a", "b"))));
            }
        }
    }

    @Test
    void theNewestReadsBeforeAnInstantAreFoundWithoutVisitingTheReadsBeforeThem() throws SQLException {
        assertVisitsFew(LogReader.readsBefore(false, false, 1), "hermes", middle);
        assertVisitsFew(LogReader.readsBefore(false, false, 5), "hermes", middle);
        assertVisitsFew(LogReader.readsBefore(false, true, 1), "hermes", middle);
        assertVisitsFew(LogReader.readsBefore(true, false, 1), "hermes", middle, "host-a");
        assertVisitsFew(LogReader.readsBefore(true, true, 1), "hermes", middle, "host-a");
        assertVisitsFew(Checkpoints.NEWEST_READ, "gitea");
        assertVisitsFew(SubjectStates.CHECKPOINT_AT, "hermes", middle);
        assertVisitsFew(SubjectStates.NEXT_CHECKPOINT, "hermes", middle);
        assertVisitsFew(LogReader.LAST_PRESENT_BEFORE, "hermes", "cron:job:a", middle);
    }

    @Test
    void theSourcesAndHostsThatReadAreFoundWithoutVisitingEveryRead() throws SQLException {
        assertVisitsFew(ReadKeys.NEXT_SOURCE, "\u0001", Long.MAX_VALUE);
        assertVisitsFew(ReadKeys.NEXT_SOURCE, "gitea\u0001", Long.MAX_VALUE);
        assertVisitsFew(ReadKeys.NEXT_HOST, "hermes", "host-a\u0001", Long.MAX_VALUE);
        assertVisitsFew(ReadKeys.HOST_READ_BY, "hermes", "host-a", middle);

        LogReader reader = new LogReader(db);
        assertEquals(List.of("gitea", "hermes"), reader.sourcesRead());
        assertEquals(List.of("host-a"), reader.hostsRead("hermes", middle), "host-b had not read yet");
        assertEquals(List.of("host-a", "host-b"), reader.hostsRead("hermes", T0.plus(Duration.ofMinutes(POLLS))));
        assertEquals(List.of(), reader.hostsRead("hermes", T0.minusSeconds(1)), "nobody had read before the log");
    }

    @Test
    void theReadsFoundAreTheNewestBeforeTheInstant() {
        LogReader reader = new LogReader(db);
        // Minute 749 is a failed poll of hermes: the newest read, and the newest delivering one is at 748.
        Instant failed = T0.plus(Duration.ofMinutes(749));
        assertEquals(
                failed,
                reader.lastRead("hermes", failed.plusSeconds(1)).orElseThrow().finishedAt());
        assertEquals(
                failed.minus(Duration.ofMinutes(1)),
                reader.lastDeliveringRead("hermes", failed.plusSeconds(1))
                        .orElseThrow()
                        .finishedAt());
        assertEquals(
                failed.minus(Duration.ofMinutes(1)),
                reader.lastDeliveringRead("hermes", "host-a", failed.plusSeconds(1))
                        .orElseThrow()
                        .finishedAt());
    }

    private void assertVisitsFew(String sql, Object... parameters) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (Connection connection = db.getConnection();
                PreparedStatement ps = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p instanceof Instant instant) {
                    Jdbc.setInstant(ps, i + 1, instant);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Matcher m = SCAN_COUNT.matcher(rs.getString(1));
                while (m.find()) {
                    counts.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        assertTrue(!counts.isEmpty(), "the plan of " + sql + " names what it visited");
        int visited = counts.stream().mapToInt(Integer::intValue).sum();
        assertTrue(visited <= 12, "visited " + visited + " of " + POLLS + "+ rows: " + sql);
    }

    private static PollResult poll(
            String source, String host, Instant at, ReadOutcome outcome, List<SubjectSeen> seen) {
        return new PollResult(
                UUID.randomUUID().toString(),
                host,
                source,
                at.minusMillis(40),
                at,
                outcome,
                outcome == ReadOutcome.OK ? null : "connection refused",
                Duration.ofMinutes(3),
                seen,
                List.of());
    }
}
