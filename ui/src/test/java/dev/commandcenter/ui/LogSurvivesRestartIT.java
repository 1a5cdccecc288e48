package dev.commandcenter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged application twice on one data directory, as an operator restarting it would. */
class LogSurvivesRestartIT {

    @TempDir
    Path workDir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aRestartedCommandCenterKeepsItsLogAndAppendsToIt() throws Exception {
        int port = freePort();
        Path output = workDir.resolve("run-1.out");
        Process first = start(port, output);
        try {
            awaitCollectorLive(port, first);
            assertTrue(
                    Files.readString(output).contains("Listening on: http://127.0.0.1:" + port),
                    "listens on loopback only:\n" + Files.readString(output));
        } finally {
            stop(first);
        }
        long readsAfterFirstRun = count("SELECT COUNT(*) FROM source_read WHERE source = 'collector'");
        assertTrue(readsAfterFirstRun >= 1);

        Process second = start(port, workDir.resolve("run-2.out"));
        try {
            awaitCollectorLive(port, second);
        } finally {
            stop(second);
        }

        assertTrue(
                count("SELECT COUNT(*) FROM source_read WHERE source = 'collector'") > readsAfterFirstRun,
                "the second run appended to the first run's log");
        assertEquals(
                2,
                count("SELECT COUNT(*) FROM observation WHERE subject = 'collector:host:restart-host'"),
                "one observation per run: a new process id and start time is a change, the rest deduplicates");
        assertTrue(Files.exists(workDir.resolve("data/log.mv.db")), "the log lives under the relative data/ directory");
    }

    private Process start(int port, Path output) throws IOException {
        String jar = System.getProperty("command-center.app-jar");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dcommand-center.host-id=restart-host",
                "-Dcommand-center.collector.interval=1s",
                "-jar",
                jar);
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    private void awaitCollectorLive(int port, Process process) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sources"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "the application exited early");
            try {
                String body =
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (body.matches("(?s).*\"source\":\"collector\",\"label\":\"[^\"]*\",\"freshness\":\"live\".*")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the collector never became live");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private long count(String sql) throws Exception {
        String url = "jdbc:h2:file:" + workDir.resolve("data/log").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
