package dev.commandcenter.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.sim.FleetScale;
import dev.commandcenter.sim.FleetSimulator;
import dev.commandcenter.sim.LogFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The benchmark of the simulated fleet, printed as a table: ingest and storage of a day of
 * {@code fleet} polling, then the five views at now and at random past instants over logs grown
 * to each size asked for. {@code FleetBenchmark <scale> <simulated-days> <activity> <size>...}; the days may be a
 * fraction ({@code 0.25}: six simulated hours) for a quicker look.
 * e.g. {@code fleet 1 4 1000000 5000000}.
 */
public final class FleetBenchmark {

    private static final long BUDGET_SECONDS = 20;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        FleetScale scale = FleetScale.named(args.length > 0 ? args[0] : "small");
        double days = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        double activity = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        long[] sizes = Arrays.stream(args).skip(3).mapToLong(Long::parseLong).toArray();
        new FleetBenchmark().run(scale, days, activity, sizes);
    }

    private void run(FleetScale scale, double days, double activity, long[] sizes) throws Exception {
        row(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version() + ", heap max "
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        row("scale", scale + ": " + scale.subjects() + " subjects polled per minute");
        if (days > 0) {
            day(scale, days);
        }
        if (sizes.length > 0) {
            grown(scale, activity, sizes);
        }
    }

    /**
     * Ingest and storage of realistic polling: {@code days} of one cycle per minute, activity 1. Run twice:
     * with H2's chunk retention as the application has it (45 s of wall clock, which here is a whole simulated
     * day: nothing freed can be reused) and scaled to the compressed time (as at one poll a minute). Then
     * paced: a simulated minute every {@link Paced#MINUTE} of wall clock, each source's poll appended at its own
     * moment within it as the application's sources poll on their own schedules, and H2's retention and write
     * delay scaled to that minute, so H2 writes a chunk per poll and its background work (writing, freeing,
     * the online compaction) has the same share of each minute as in real time.
     */
    private void day(FleetScale scale, double days) throws Exception {
        row("H2 chunk retention", "45 s (the application's, unscaled)");
        day(scale, days, null, null);
        row(
                "H2 chunk retention",
                RETENTION_SCALED + " ms (45 s of a 60 s poll interval, scaled to the simulated minute)");
        day(scale, days, RETENTION_SCALED, null);
        row(
                "paced",
                String.format(
                        "a simulated minute every %d ms, each source's poll at its own moment in it; H2 retention %d ms,"
                                + " write delay %d ms",
                        Paced.MINUTE.toMillis(), Paced.RETENTION_MILLIS, Paced.WRITE_DELAY_MILLIS));
        day(scale, days, Paced.RETENTION_MILLIS, new Paced());
        churn(scale);
    }

    /**
     * Polling paced as in real time, scaled: a minute lasts {@link #MINUTE}; H2's retention of freed chunks (45 s)
     * and its write delay (H2's default, 0.5 s: how soon a commit reaches the file) keep their shares of it, so that each
     * source's poll, seconds apart in real time, is written as its own chunk.
     */
    static final class Paced {
        static final Duration MINUTE = Duration.ofMillis(120);
        static final int RETENTION_MILLIS = 90;
        static final int WRITE_DELAY_MILLIS = 1;

        /** Waits until the moment of poll {@code poll} of {@code polls} in cycle {@code cycle}. */
        void await(long began, int cycle, int poll, int polls) throws InterruptedException {
            long due = began + MINUTE.toNanos() * cycle + MINUTE.toNanos() * poll / polls;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    /** H2's retention of freed chunks in the compressed-time run: about 45/60 of the milliseconds a cycle takes here. */
    private static final int RETENTION_SCALED = 20;

    private void day(FleetScale scale, double days, Integer retention, Paced paced) throws Exception {
        Path dir = Files.createTempDirectory("cc-bench-day");
        DataSource ds = retention == null
                ? LogFile.open(dir)
                : paced == null
                        ? LogFile.openTimeCompressed(dir, retention)
                        : LogFile.openTimeCompressed(dir, retention, Paced.WRITE_DELAY_MILLIS);
        JdbcConnectionPool pool = LogFile.pooled(ds);
        ObservationLog log = new ObservationLog(pool);
        row("load average at the start", load());
        FleetSimulator fleet = new FleetSimulator(scale, START, 1, 1.0);
        long first = System.nanoTime();
        long initial = append(log, fleet.cycle(START));
        row(
                "first poll cycle (every subject new)",
                String.format("%,d observations in %.0f ms", initial, (System.nanoTime() - first) / 1e6));
        long cycles = Math.round(days * 1_440);
        long[] cycleNanos = new long[(int) cycles];
        long appended = 0;
        long seen = 0;
        long largest = 0;
        List<Long> endOfDay = new ArrayList<>();
        long began = System.nanoTime();
        Instant at = START;
        for (int c = 0; c < cycles; c++) {
            at = at.plus(FleetSimulator.POLL_INTERVAL);
            List<PollResult> polls = fleet.cycle(at);
            if (paced == null) {
                long t = System.nanoTime();
                appended += append(log, polls);
                cycleNanos[c] = System.nanoTime() - t;
            } else {
                for (int p = 0; p < polls.size(); p++) {
                    paced.await(began, c, p, polls.size());
                    long t = System.nanoTime();
                    appended += log.append(polls.get(p)).appended();
                    cycleNanos[c] += System.nanoTime() - t;
                }
            }
            seen += polls.stream().mapToLong(p -> p.seen().size()).sum();
            largest = Math.max(largest, Files.size(LogFile.file(dir)));
            if ((c + 1) % 1_440 == 0) {
                endOfDay.add(Files.size(LogFile.file(dir)));
            }
        }
        double appendSeconds = Arrays.stream(cycleNanos).sum() / 1e9;
        double wall = (System.nanoTime() - began) / 1e9;
        Arrays.sort(cycleNanos);
        row(
                "poll cycle append (all sources)",
                String.format(
                        "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                        cycleNanos[(int) (cycles / 2)] / 1e6,
                        cycleNanos[(int) (cycles * 0.99)] / 1e6,
                        cycleNanos[(int) cycles - 1] / 1e6));
        row(
                "ingest, with dedup",
                String.format(
                        "%,.0f observations/s stored; %,.0f subjects/s examined",
                        appended / appendSeconds, seen / appendSeconds));
        row(
                "simulated time",
                String.format(
                        "%d cycles (%s) in %.0f s wall, %,d observations stored",
                        cycles, Duration.ofMinutes(cycles), wall, appended));
        row("load average at the end", load());
        long raw = Files.size(LogFile.file(dir));
        pool.dispose();
        LogFile.compactAndClose(ds);
        long compact = Files.size(LogFile.file(dir));
        row(
                "storage per day, as written",
                String.format(
                        "%,.1f MB/day at the end (year: %,.1f GB); " + "largest while written %,.1f MB",
                        raw / 1e6 / days, raw / 1e9 / days * 365, largest / 1e6 / days));
        if (endOfDay.size() > 1) {
            // The first day's file carries chunks not yet reused; the growth of the later days is the pace of a log
            // that runs on.
            row(
                    "file at the end of each simulated day, as written",
                    endOfDay.stream()
                                    .map(size -> String.format("%,.1f", size / 1e6))
                                    .collect(Collectors.joining(", "))
                            + String.format(
                                    " MB; the last day grew it by %,.1f MB",
                                    (endOfDay.get(endOfDay.size() - 1) - endOfDay.get(endOfDay.size() - 2)) / 1e6));
        }
        row("  of which payloads", payloads(ds));
        row(
                "storage per day, compacted",
                String.format(
                        "%,.1f MB/day (year: %,.1f GB), %,.0f bytes/observation",
                        compact / 1e6 / days, compact / 1e9 / days * 365, (double) compact / (appended + initial)));
        delete(dir);
    }

    /** Ingest at high churn: Gitea activity x400 (~730 changes per cycle), append time only. */
    private void churn(FleetScale scale) throws Exception {
        Path dir = Files.createTempDirectory("cc-bench-churn");
        DataSource ds = LogFile.open(dir);
        JdbcConnectionPool pool = LogFile.pooled(ds);
        ObservationLog log = new ObservationLog(pool);
        row("load average at the start", load());
        FleetSimulator fleet = new FleetSimulator(scale, START, 3, 400);
        Instant at = START;
        append(log, fleet.cycle(at));
        long nanos = 0;
        long appended = 0;
        long seen = 0;
        for (int c = 0; c < 240; c++) {
            at = at.plus(FleetSimulator.POLL_INTERVAL);
            List<PollResult> polls = fleet.cycle(at);
            long t = System.nanoTime();
            appended += append(log, polls);
            nanos += System.nanoTime() - t;
            seen += polls.stream().mapToLong(p -> p.seen().size()).sum();
        }
        row(
                "ingest at high churn (activity x400)",
                String.format(
                        "%,.0f observations/s stored; %,.0f subjects/s " + "examined (%,d observations in 240 cycles)",
                        appended / (nanos / 1e9), seen / (nanos / 1e9), appended));
        row("load average at the end", load());
        pool.dispose();
        LogFile.close(ds);
        delete(dir);
    }

    private static String payloads(DataSource ds) throws SQLException {
        try (var c = ds.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery(
                        "SELECT COUNT(*), COUNT(base_id), COALESCE(SUM(OCTET_LENGTH(body)), 0) FROM payload")) {
            rs.next();
            return String.format(
                    "%,d payload rows (%,d stored on a base), %,.1f MB of deflated bodies",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3) / 1e6);
        }
    }

    /** A log grown to each size, then every view at now and at random past instants over it. */
    private void grown(FleetScale scale, double activity, long[] sizes) throws Exception {
        Path dir = Files.createTempDirectory("cc-bench-grown");
        DataSource ds = LogFile.open(dir);
        ObservationLog log = new ObservationLog(ds);
        LogReader reader = new LogReader(ds);
        FleetViews views = new FleetViews(reader);
        FleetSimulator fleet = new FleetSimulator(scale, START, 2, activity);
        long appended = 0;
        Instant at = START;
        long began = System.nanoTime();
        for (long size : sizes) {
            while (appended < size) {
                at = at.plus(FleetSimulator.POLL_INTERVAL);
                appended += append(log, fleet.cycle(at));
            }
            Instant end = at;
            double built = (System.nanoTime() - began) / 1e9;
            row(
                    String.format("log of %,d observations", appended),
                    String.format(
                            "%s simulated, activity x%.0f, "
                                    + "%.0f s to build (%,.0f observations/s stored), %,.0f MB as written",
                            Duration.between(START, end),
                            activity,
                            built,
                            appended / built,
                            Files.size(LogFile.file(dir)) / 1e6));
            for (Map.Entry<String, Function<Instant, Object>> view : views.views.entrySet()) {
                String json = JSON.writeValueAsString(view.getValue().apply(end));
                latency(view.getKey() + " at now", 100, () -> view.getValue().apply(end));
                row(
                        "  " + view.getKey() + " answer",
                        String.format(
                                "%,d bytes of JSON: %s",
                                json.length(),
                                json.substring(0, Math.min(160, json.length())).replace('|', '/')));
            }
            long span = Duration.between(START, end).toSeconds();
            for (Map.Entry<String, Function<Instant, Object>> view : views.views.entrySet()) {
                latency(
                        view.getKey() + " at random past T",
                        100,
                        () -> view.getValue()
                                .apply(START.plusSeconds(60 + (long) (random.nextDouble() * (span - 60)))));
            }
        }
        LogFile.close(ds);
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static long append(ObservationLog log, List<PollResult> polls) {
        long appended = 0;
        for (PollResult poll : polls) {
            appended += log.append(poll).appended();
        }
        return appended;
    }

    /** Up to {@code runs} timed runs after a warm-up, stopping early once {@value #BUDGET_SECONDS} s are spent. */
    private static void latency(String name, int runs, Runnable query) {
        long budget = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        for (int i = 0; i < 5 && System.nanoTime() < budget; i++) {
            query.run();
        }
        budget = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        long[] nanos = new long[runs];
        int done = 0;
        while (done < runs && (done < 3 || System.nanoTime() < budget)) {
            long t = System.nanoTime();
            query.run();
            nanos[done++] = System.nanoTime() - t;
        }
        long[] sorted = Arrays.copyOf(nanos, done);
        Arrays.sort(sorted);
        row(
                name,
                String.format(
                        "p50 %.1f ms, p99 %.1f ms (%d runs)",
                        sorted[done / 2] / 1e6,
                        sorted[Math.min(done - 1, (int) Math.ceil(done * 0.99) - 1)] / 1e6,
                        done));
    }

    /** The machine's load average over the last minute, as {@code uptime} shows it. */
    private static String load() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static void row(String what, String figure) {
        System.out.printf("| %-40s | %s |%n", what, figure);
        System.out.flush();
    }
}
