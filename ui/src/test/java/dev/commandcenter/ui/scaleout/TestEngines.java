package dev.commandcenter.ui.scaleout;

import io.github.embeddedkafka.EmbeddedK;
import io.github.embeddedkafka.EmbeddedKafka$;
import io.github.embeddedkafka.EmbeddedKafkaConfig$;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The real engines of the scale-out suite, on loopback: a throw-away PostgreSQL cluster started by
 * {@code deploy/test-engines/postgres.sh}, and a single-node KRaft Kafka broker in this JVM.
 */
final class TestEngines implements AutoCloseable {

    /** The broker logs its whole configuration at INFO on start; keep the suite's output readable. Strong references keep the levels. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"), Logger.getLogger("state.change.logger"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    final int postgresPort;
    final int kafkaPort;
    private final Path script;
    private String postgresDir;
    private EmbeddedK kafka;

    private TestEngines(Path script) throws IOException {
        this.script = script;
        this.postgresPort = freePort();
        this.kafkaPort = freePort();
    }

    static TestEngines start() throws Exception {
        TestEngines engines =
                new TestEngines(Path.of(System.getProperty("command-center.test-engines"), "postgres.sh"));
        try {
            engines.startPostgres();
            engines.startKafka();
            return engines;
        } catch (Exception | AssertionError e) {
            engines.close();
            throw e;
        }
    }

    String postgresUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/command_center";
    }

    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    private void startPostgres() throws Exception {
        Process start = new ProcessBuilder(script.toString(), "start", String.valueOf(postgresPort))
                .redirectErrorStream(true)
                .start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!start.waitFor(90, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new AssertionError("PostgreSQL did not start:\n" + output);
        }
        List<String> lines = output.lines().toList();
        postgresDir = lines.get(lines.size() - 1);
    }

    private void startKafka() throws IOException {
        kafka = EmbeddedKafka$.MODULE$.start(EmbeddedKafkaConfig$.MODULE$.apply(
                kafkaPort,
                freePort(),
                scala.collection.immutable.Map$.MODULE$.empty(),
                scala.collection.immutable.Map$.MODULE$.empty(),
                scala.collection.immutable.Map$.MODULE$.empty()));
    }

    @Override
    public void close() throws Exception {
        if (kafka != null) {
            kafka.stop(true);
        }
        if (postgresDir != null) {
            new ProcessBuilder(script.toString(), "stop", postgresDir)
                    .inheritIO()
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
