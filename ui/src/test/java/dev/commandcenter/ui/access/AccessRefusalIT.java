package dev.commandcenter.ui.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged application refuses to start, before listening anywhere, when access would be too wide. */
class AccessRefusalIT {

    @TempDir
    Path workDir;

    @Test
    void refusesAWildcardHostFromTheOperatorsConfigFile() throws Exception {
        Files.createDirectories(workDir.resolve("config"));
        Files.writeString(workDir.resolve("config/application.properties"), "quarkus.http.host=0.0.0.0\n");

        String output = runUntilExit(List.of());

        assertTrue(
                output.contains("Refusing to start: quarkus.http.host is the wildcard 0.0.0.0, which listens on"
                        + " every interface"),
                output);
    }

    @Test
    void refusesAPublicBindAddress() throws Exception {
        String output = runUntilExit(List.of("-Dcommand-center.access.bind-addresses=127.0.0.1,192.0.2.10"));

        assertTrue(
                output.contains("Refusing to start: command-center.access.bind-addresses contains 192.0.2.10,"
                        + " outside loopback and the tailnet"),
                output);
    }

    @Test
    void refusesTailnetModeOnAMachineWithoutTailscaleAddress() throws Exception {
        String output = runUntilExit(List.of(
                "-Dcommand-center.access.mode=tailnet", "-Dcommand-center.access.tailnet-interface=cc-absent0"));

        assertTrue(
                output.contains(
                        "Refusing to start: command-center.access.mode is tailnet, but no Tailscale"
                                + " address (100.64.0.0/10 or fd7a:115c:a1e0::/48) is to be bound: interface cc-absent0 has none"),
                output);
    }

    private String runUntilExit(List<String> properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dquarkus.http.port=0"));
        command.addAll(properties);
        command.addAll(List.of("-jar", System.getProperty("command-center.app-jar")));
        Path output = workDir.resolve("run.out");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
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
