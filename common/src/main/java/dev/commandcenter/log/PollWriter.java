package dev.commandcenter.log;

import dev.commandcenter.observation.Channels;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The one consumer of the observations channel: appends each poll to the log, in order.
 * A poll that cannot be appended is not lost silently: its read is recorded as an error if the log
 * takes that, and {@link LogWriteStatus} says so on the sources page and in readiness either way.
 */
@ApplicationScoped
public class PollWriter {

    private final ObservationLog log;
    private final LogWriteStatus status;

    @Inject
    public PollWriter(ObservationLog log, LogWriteStatus status) {
        this.log = log;
        this.status = status;
    }

    @Incoming(Channels.OBSERVATIONS_TO_LOG)
    @Blocking(ordered = true)
    public void write(PollResult poll) {
        if (poll == null) {
            // A record a broker delivered but that could not be read as a poll: nothing to append.
            Log.warn("a published poll could not be read and was skipped (see the deserializer warning above)");
            return;
        }
        try {
            log.append(poll);
            status.appended(poll.source());
        } catch (LogAppendFailed failed) {
            Log.errorf(failed, "could not append poll %s of %s", poll.pollId(), poll.source());
            status.failed(poll.source(), poll.finishedAt(), failed);
            recordFailure(poll, failed);
        }
    }

    private void recordFailure(PollResult poll, LogAppendFailed failed) {
        PollResult failure = new PollResult(
                poll.pollId(),
                poll.host(),
                poll.source(),
                poll.startedAt(),
                poll.finishedAt(),
                ReadOutcome.ERROR,
                "log append failed: " + LogWriteStatus.reasonOf(failed),
                poll.staleAfter(),
                List.of(),
                List.of());
        try {
            log.append(failure);
        } catch (LogAppendFailed again) {
            Log.errorf(again, "could not record the failed append of %s either", poll.source());
        }
    }
}
