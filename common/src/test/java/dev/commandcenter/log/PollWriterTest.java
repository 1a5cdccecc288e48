package dev.commandcenter.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PollWriterTest {

    private final DataSource db = TestDatabase.inMemory();
    private final LogWriteStatus status = new LogWriteStatus();
    private final PollWriter writer = new PollWriter(new ObservationLog(db, Integer.MAX_VALUE), status);

    @Test
    void aPollTheLogRefusesSaysTheLogCannotBeWrittenWithoutQuotingTheValue() {
        String longHost = "build-box-".repeat(30);

        writer.write(poll(longHost, Polls.T0));

        List<LogWriteStatus.LogWriteFailure> failures = status.failures();
        assertEquals(1, failures.size());
        assertEquals("hermes", failures.get(0).source());
        assertEquals(Polls.T0, failures.get(0).at());
        assertTrue(
                failures.get(0).message().startsWith("the log cannot be written: Value too long for column"),
                failures.get(0).message());
        assertFalse(failures.get(0).message().contains("build-box-build-box"), "the value is not quoted");
        assertTrue(new LogReader(db).lastRead("hermes", Polls.T0.plusSeconds(1)).isEmpty(), "nothing was appended");
    }

    @Test
    void theNextPollThatIsAppendedEndsTheFailure() {
        writer.write(poll("build-box-".repeat(30), Polls.T0));

        writer.write(poll("build-box", Polls.T0.plusSeconds(60)));

        assertEquals(List.of(), status.failures());
    }

    private static PollResult poll(String host, Instant at) {
        return new PollResult(
                UUID.randomUUID().toString(),
                host,
                "hermes",
                at.minusMillis(40),
                at,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                List.of(Polls.job("nightly-backup", "scheduled")),
                List.of());
    }
}
