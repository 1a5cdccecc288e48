package dev.commandcenter.query;

import dev.commandcenter.log.LogReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Resolves {@code at=} and tells a view where it stands in the log's time. */
@ApplicationScoped
public class ReplayNavigator {

    private final ViewInstant instants;
    private final LogReader log;

    @Inject
    public ReplayNavigator(ViewInstant instants, LogReader log) {
        this.instants = instants;
        this.log = log;
    }

    /** @throws jakarta.ws.rs.BadRequestException for an unparseable or future {@code at} */
    public Replay locate(String at) {
        boolean replay = at != null && !at.isBlank();
        Instant instant = instants.resolve(at);
        Instant begins = log.firstInstant().orElse(null);
        boolean beforeLog = begins == null || instant.isBefore(begins);
        return new Replay(
                replay,
                instant,
                begins,
                beforeLog,
                log.changeBefore(instant).orElse(null),
                replay ? log.changeAfter(instant).orElse(null) : null);
    }
}
