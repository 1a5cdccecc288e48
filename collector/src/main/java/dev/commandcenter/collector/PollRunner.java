package dev.commandcenter.collector;

import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Runs one poll of one source and turns whatever happens into a {@link PollResult}; never throws. */
@ApplicationScoped
public class PollRunner {

    private final Clock clock;
    private final String host;

    @Inject
    public PollRunner(Clock clock, HostIdentity host) {
        this.clock = clock;
        this.host = host.hostId();
    }

    Instant now() {
        return clock.instant();
    }

    PollResult run(Source source, Instant startedAt) {
        try {
            SourceSnapshot snapshot = source.poll();
            return new PollResult(
                    newPollId(),
                    host,
                    source.name(),
                    startedAt,
                    clock.instant(),
                    snapshot.outcome(),
                    snapshot.note(),
                    source.timing().staleBound(),
                    snapshot.seen(),
                    snapshot.unreadScopes());
        } catch (SourceFailure failure) {
            return failed(source, startedAt, failure.outcome(), failure.getMessage());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return failed(source, startedAt, ReadOutcome.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    PollResult failed(Source source, Instant startedAt, ReadOutcome outcome, String error) {
        return new PollResult(
                newPollId(),
                host,
                source.name(),
                startedAt,
                clock.instant(),
                outcome,
                error,
                source.timing().staleBound(),
                List.of(),
                List.of());
    }

    private static String newPollId() {
        return UUID.randomUUID().toString();
    }
}
