package dev.commandcenter.ui.agents;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A heartbeat directory in a scratch folder, one declared agent found by its pid file, and a
 * local model server answering its health check; every source polled each second.
 */
public class AgentsProfile implements QuarkusTestProfile {

    static final Path DIR = scratch();
    static final HttpServer MODEL_SERVER = modelServer();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:agents;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "command-center.heartbeats.dir",
                DIR.toString(),
                "command-center.heartbeats.interval",
                "1s",
                "command-center.processes.interval",
                "1s",
                "command-center.endpoints.interval",
                "1s",
                "command-center.endpoints.timeout",
                "2s",
                "command-center.agents.\"worker\".process",
                "pid-file:" + DIR.resolve("worker.pid"),
                "command-center.agents.\"worker\".endpoint",
                "local-model",
                "command-center.endpoints.targets.\"local-model\".url",
                "http://127.0.0.1:" + MODEL_SERVER.getAddress().getPort() + "/health");
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("heartbeats");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer modelServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/health", exchange -> {
                byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
