package dev.commandcenter.ui.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged command center running as its own process, in its own working directory. */
final class CommandCenterProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    final int port;
    final Path workDir;
    private final Process process;

    private CommandCenterProcess(String name, int port, Path workDir, Process process) {
        this.name = name;
        this.port = port;
        this.workDir = workDir;
        this.process = process;
    }

    static CommandCenterProcess start(String name, String jar, Path parent, Map<String, String> properties)
            throws IOException {
        Path workDir = Files.createDirectories(parent.resolve(name));
        int port = TestEngines.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx192m");
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("output.log").toFile())
                .start();
        return new CommandCenterProcess(name, port, workDir, process);
    }

    /** The sources view as the REST API answers it, or null while the process is not listening yet. */
    JsonNode sources() throws InterruptedException {
        return view("/api/sources");
    }

    /** A view as the REST API answers it at {@code path}, or null while the process is not listening yet. */
    JsonNode view(String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(3))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException notYet) {
            return null;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        Path log = workDir.resolve("output.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Ends the process the way a host that vanishes ends it: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
