package dev.commandcenter.ui.live;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.query.ReplayNavigator;
import dev.commandcenter.query.brief.BriefProjection;
import dev.commandcenter.query.brief.BriefStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * What an open page compares to know whether it may be out of date: the log's position (it moves
 * with every poll committed) and a digest of the brief at now, which also moves when a state changes
 * with no new poll (a heartbeat ageing out, a job overdue, a source gone stale). Both come from the
 * views' shared snapshots, so asking costs next to nothing.
 */
@ApplicationScoped
public class LiveVersion {

    private final LogReader log;
    private final BriefProjection brief;
    private final ReplayNavigator replay;

    @Inject
    public LiveVersion(LogReader log, BriefProjection brief, ReplayNavigator replay) {
        this.log = log;
        this.brief = brief;
        this.replay = replay;
    }

    /** The version now; a log that cannot be read is a version too, so a page learns of it. */
    public String current() {
        long position = log.position();
        try {
            BriefStatus now = brief.at(replay.locate(null));
            int states = Objects.hash(now.overall(), now.headline(), now.parts());
            return position + "." + Integer.toHexString(states);
        } catch (RuntimeException e) {
            return position + ".failed";
        }
    }
}
