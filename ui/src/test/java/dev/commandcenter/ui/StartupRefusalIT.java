package dev.commandcenter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged application refuses settings it cannot run with in one line an operator can act on. */
class StartupRefusalIT {

    /** Generous: a start on a loaded machine can take tens of seconds; the verdict never depends on it. */
    private static final long START_SECONDS = 120;

    @TempDir
    Path workDir;

    @Test
    void aDataDirectoryThatIsAFileIsRefusedByNameWithoutAnH2Stack() throws Exception {
        Files.writeString(workDir.resolve("data"), "a file where the log's directory should be");

        String output = runUntilExit(List.of());

        assertTrue(
                output.contains("Refusing to start: command-center.data-dir is data, which is a file, not a"
                        + " directory; accepted: a writable directory (created owner-only when missing)"),
                output);
        assertFalse(output.contains("org.h2"), "no H2 stack:\n" + output);
    }

    @Test
    void aZeroIntervalAndAHostIdTooLongForTheLogAreRefusedByName() throws Exception {
        String output = runUntilExit(
                List.of("-Dcommand-center.huey.interval=0s", "-Dcommand-center.host-id=" + "build-box-".repeat(30)));

        assertTrue(
                output.contains("Refusing to start: command-center.huey.interval is 0s; accepted: a positive"
                        + " duration, such as 60s or 5m"),
                output);
        assertTrue(
                output.contains("Refusing to start: command-center.host-id is build-box-build-box-build-box-"
                        + "build-box-… (300 characters)"),
                output);
    }

    @Test
    void aSecondCommandCenterOnTheSameDataDirectoryIsRefusedByName() throws Exception {
        Path firstOutput = workDir.resolve("first.out");
        Process first = start(List.of(), firstOutput);
        try {
            awaitListening(first, firstOutput);
            Path data = workDir.resolve("data").toRealPath();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("log.mv.db"))));

            String output = runUntilExit(List.of());

            assertTrue(
                    output.contains("Refusing to start: another command center is using " + data
                            + " (command-center.data-dir)"),
                    output);
        } finally {
            first.destroy();
            if (!first.waitFor(30, TimeUnit.SECONDS)) {
                first.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitListening(Process process, Path output) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < until && process.isAlive()) {
            if (Files.readString(output).contains("Listening on")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the first command center did not start:\n" + Files.readString(output));
    }

    private Process start(List<String> properties, Path output) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dquarkus.http.port=0"));
        command.addAll(properties);
        command.addAll(List.of("-jar", System.getProperty("command-center.app-jar")));
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    private String runUntilExit(List<String> properties) throws IOException, InterruptedException {
        Path output = workDir.resolve("refused.out");
        Process process = start(properties, output);
        boolean exited = process.waitFor(START_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(output);
        assertTrue(exited, "the application kept running:\n" + text);
        assertNotEquals(0, process.exitValue(), text);
        assertFalse(text.contains("Listening on"), "nothing was bound:\n" + text);
        return text;
    }
}
