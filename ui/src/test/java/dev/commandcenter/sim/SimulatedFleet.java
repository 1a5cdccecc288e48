package dev.commandcenter.sim;

import dev.commandcenter.log.ObservationLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Fills a data directory with the log of a simulated fleet, for a dashboard to show without any
 * real source: {@code SimulatedFleet <data-dir> [small|fleet|10x] [hours-before] [hours-after]
 * [gitea-activity]}. The log runs from {@code hours-before} before now to {@code hours-after} after
 * it, one poll of every source per minute, so that the views at now stay fresh for that long; every
 * read is from the collector host {@value FleetSimulator#HOST}. A Gitea activity above 1 multiplies
 * the forge's churn only, to grow a large log in minutes (the benchmark's grown logs). Refuses a
 * directory that already holds a log.
 */
public final class SimulatedFleet {

    private SimulatedFleet() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException(
                    "usage: SimulatedFleet <data-dir> [small|fleet|10x] [hours-before] [hours-after] [gitea-activity]");
        }
        Path dir = Path.of(args[0]);
        FleetScale scale = FleetScale.named(args.length > 1 ? args[1] : "fleet");
        long before = args.length > 2 ? Long.parseLong(args[2]) : 24;
        long after = args.length > 3 ? Long.parseLong(args[3]) : 12;
        double activity = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
        if (Files.exists(LogFile.file(dir))) {
            throw new IllegalStateException(LogFile.file(dir) + " exists: fill an empty directory");
        }
        Files.createDirectories(dir);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant from = now.minus(Duration.ofHours(before));
        Instant to = now.plus(Duration.ofHours(after));
        long began = System.nanoTime();
        long appended = fill(LogFile.open(dir), scale, from, to, activity);
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(
                "simulated %s fleet (Gitea activity x%s) from %s to %s: %,d observations in %s,"
                        + " %.0f s (%,.0f a second, simulation and compaction included), %,.1f MB compacted%n",
                scale,
                activity,
                from,
                to,
                appended,
                LogFile.file(dir),
                seconds,
                appended / seconds,
                Files.size(LogFile.file(dir)) / 1e6);
    }

    /** Appends one cycle per minute from {@code from} to {@code to}; returns the observations appended. */
    static long fill(DataSource ds, FleetScale scale, Instant from, Instant to, double activity) throws Exception {
        ObservationLog log = new ObservationLog(ds);
        FleetSimulator fleet = new FleetSimulator(scale, from, 7, activity);
        long appended = 0;
        for (Instant at = from; !at.isAfter(to); at = at.plus(FleetSimulator.POLL_INTERVAL)) {
            for (var poll : fleet.cycle(at)) {
                appended += log.append(poll).appended();
            }
        }
        LogFile.compactAndClose(ds);
        return appended;
    }
}
