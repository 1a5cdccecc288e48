package dev.commandcenter.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.ObservationLog;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Measures the observation log at realistic size: sustained ingest with deduplication, and the
 * "latest state of every subject at T" query that every view and every replay rests on.
 * Prints a table; run it through {@code ./mvnw -Pbenchmark -pl ui -am verify -DskipTests}.
 */
public final class LogBenchmark {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] STATES = {"idle", "busy", "busy", "rate-limited", "down"};

    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        long target = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        new LogBenchmark().run(target);
    }

    private void run(long targetObservations) throws Exception {
        Path dir = Files.createTempDirectory("cc-bench");
        DataSource db = database(dir);
        ObservationLog log = new ObservationLog(db);
        LogReader reader = new LogReader(db);

        // A fleet-scale source: 1,400 subjects (issues, PRs, agents, jobs), 10% changing per poll.
        int subjects = 1_400;
        double changing = 0.10;
        List<SubjectSeen> state = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            state.add(subject(i, 0));
        }
        long appended = 0;
        long polls = 0;
        Instant at = START;
        long began = System.nanoTime();
        while (appended < targetObservations) {
            for (int i = 0; i < subjects; i++) {
                if (random.nextDouble() < changing) {
                    state.set(i, subject(i, polls));
                }
            }
            appended += log.append(poll(at, state)).appended();
            polls++;
            at = at.plusSeconds(60);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long bytes = Files.size(dir.resolve("log.mv.db"));
        Instant end = at;

        row(
                "observations in the log",
                String.format("%,d over %,d polls (%s of minute polling)", appended, polls, Duration.ofMinutes(polls)));
        row(
                "ingest, with dedup",
                String.format(
                        "%,.0f observations/s (%,.1f polls/s of %d subjects)",
                        appended / seconds, polls / seconds, subjects));
        row(
                "storage",
                String.format("%,.1f MB on disk, %,.0f bytes per observation", bytes / 1e6, (double) bytes / appended));
        row("storage per day (this churn)", String.format("%,.1f MB", bytes / 1e6 / (polls / 1440.0)));

        latency("latest-at now (1,400 subjects)", 50, () -> reader.latestAt("bench", end));
        latency(
                "latest-at random past T",
                50,
                () -> reader.latestAt("bench", START.plusSeconds((long)
                        (random.nextDouble() * Duration.between(START, end).toSeconds()))));
        latency("last read of a source at T", 200, () -> reader.lastRead("bench", end));
    }

    private void latency(String name, int runs, Runnable query) {
        for (int i = 0; i < 5; i++) {
            query.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        row(name, String.format("p50 %.1f ms, p99 %.1f ms", nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6));
    }

    private static void row(String what, String figure) {
        System.out.printf("| %-34s | %s |%n", what, figure);
    }

    private SubjectSeen subject(int i, long version) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("number", i);
        payload.put("title", "Subject number " + i + " with a realistic title of some length");
        payload.put("state", STATES[(int) ((i + version) % STATES.length)]);
        payload.put("updated", version);
        payload.putArray("labels").add("in-progress").add("agent-" + (i % 50));
        return new SubjectSeen("bench:subject:" + i, "BenchSeen", null, payload);
    }

    private static PollResult poll(Instant at, List<SubjectSeen> seen) {
        return new PollResult(
                UUID.randomUUID().toString(),
                "bench-host",
                "bench",
                at.minusMillis(300),
                at,
                ReadOutcome.OK,
                null,
                Duration.ofMinutes(3),
                seen,
                List.of());
    }

    private static DataSource database(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("log") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        return ds;
    }
}
