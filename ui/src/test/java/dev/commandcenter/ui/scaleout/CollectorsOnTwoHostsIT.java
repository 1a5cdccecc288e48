package dev.commandcenter.ui.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.commandcenter.ui.cron.RunningHermesHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out with real engines: two collector-only processes (two "hosts") publish through a Kafka
 * broker; one query process consumes and keeps the log in PostgreSQL. Same code as the single-JVM
 * default, other configuration profiles.
 */
class CollectorsOnTwoHostsIT {

    private static final String TOPIC = "command-center.observations";

    @TempDir
    Path workDir;

    @Test
    void aCollectorWhoseHostDisappearsGoesStaleNamingTheHostWhileTheOtherStaysLive() throws Exception {
        try (TestEngines engines = TestEngines.start();
                CommandCenterProcess query = queryProcess(engines);
                CommandCenterProcess hostA = collector("host-a", engines);
                CommandCenterProcess hostB = collector("host-b", engines)) {

            await(
                    "both collector hosts live in the query process's view",
                    query,
                    view -> "live"
                                    .equals(collectorRow(view, "host-a")
                                            .path("freshness")
                                            .asText())
                            && "live"
                                    .equals(collectorRow(view, "host-b")
                                            .path("freshness")
                                            .asText()));

            hostA.kill();

            JsonNode view = await(
                    "host-a's collector row goes stale",
                    query,
                    v -> "stale"
                            .equals(collectorRow(v, "host-a").path("freshness").asText()));
            JsonNode stopped = collectorRow(view, "host-a");
            assertTrue(
                    stopped.path("reason").asText().contains("collector host host-a has not reported since"),
                    "the reason names the host that stopped: " + stopped);
            assertEquals(
                    "live",
                    collectorRow(view, "host-b").path("freshness").asText(),
                    "the other host keeps reporting: " + view);

            assertTrue(
                    count(engines, "SELECT COUNT(*) FROM source_read WHERE host = 'host-b'") >= 2,
                    "host-b's polls are in PostgreSQL");
            assertEquals(0, localReads(hostA), "a collector-only process appends nothing to a local log");
            assertPublishedKeyedBySource(engines);
        }
    }

    @Test
    void theAgentsAndJobsOfAHostThatStoppedStayListedAndGoStaleWhileTheOtherHostsStayLive() throws Exception {
        try (TestEngines engines = TestEngines.start();
                CommandCenterProcess query = queryProcess(engines);
                CommandCenterProcess hostA = fleetCollector("host-a", "builder", engines);
                CommandCenterProcess hostB = fleetCollector("host-b", "trainer", engines)) {

            awaitViews("both hosts' agents and jobs are live", query, () -> {
                JsonNode agents = query.view("/api/views/agent-health");
                JsonNode cron = query.view("/api/views/cron-state");
                return agents != null
                        && cron != null
                        && "live"
                                .equals(agent(agents, "builder")
                                        .path("freshness")
                                        .asText())
                        && "live"
                                .equals(agent(agents, "trainer")
                                        .path("freshness")
                                        .asText())
                        && jobs(cron, "host-a").stream()
                                .allMatch(j -> "live".equals(j.path("freshness").asText()))
                        && jobs(cron, "host-b").stream()
                                .allMatch(j -> "live".equals(j.path("freshness").asText()))
                        && !jobs(cron, "host-a").isEmpty()
                        && !jobs(cron, "host-b").isEmpty();
            });

            hostA.kill();

            awaitViews("host-a's agent and jobs go stale", query, () -> {
                JsonNode agents = query.view("/api/views/agent-health");
                JsonNode cron = query.view("/api/views/cron-state");
                return agents != null
                        && cron != null
                        && "stale"
                                .equals(agent(agents, "builder")
                                        .path("freshness")
                                        .asText())
                        && !jobs(cron, "host-a").isEmpty()
                        && jobs(cron, "host-a").stream()
                                .allMatch(
                                        j -> "stale".equals(j.path("freshness").asText()));
            });
            JsonNode agents = query.view("/api/views/agent-health");
            JsonNode cron = query.view("/api/views/cron-state");
            JsonNode builder = agent(agents, "builder");
            assertTrue(
                    builder.toString().contains("collector host host-a has not reported since"),
                    "the stale agent names the host that stopped: " + builder);
            assertEquals(
                    "live", agent(agents, "trainer").path("freshness").asText(), "host-b keeps reporting: " + agents);
            for (JsonNode job : jobs(cron, "host-b")) {
                assertEquals("live", job.path("freshness").asText(), "host-b's job stays live: " + job);
            }
            for (JsonNode job : jobs(cron, "host-a")) {
                assertTrue(
                        job.path("freshness_reason").asText().contains("collector host host-a"),
                        "a stale job names the host that stopped: " + job);
            }
            assertEquals(
                    0,
                    count(
                            engines,
                            "SELECT COUNT(*) FROM observation WHERE gone AND source IN "
                                    + "('heartbeats', 'processes', 'hermes')"),
                    "neither host marked the other's subjects gone");
        }
    }

    @Test
    void aPollDeliveredTwiceIsAppendedOnce() throws Exception {
        try (TestEngines engines = TestEngines.start();
                CommandCenterProcess query = queryProcess(engines);
                KafkaProducer<String, String> producer = producer(engines)) {
            String pollId = UUID.randomUUID().toString();
            Instant first = Instant.now().minusSeconds(2);
            String poll = pollJson(pollId, first);
            producer.send(new ProducerRecord<>(TOPIC, "probe", poll)).get();
            producer.send(new ProducerRecord<>(TOPIC, "probe", poll)).get(); // a redelivery
            String next = UUID.randomUUID().toString();
            producer.send(new ProducerRecord<>(TOPIC, "probe", pollJson(next, first.plusSeconds(1))))
                    .get();

            // Polls of one source share a key, hence a partition, hence an order: once the third is in,
            // the first and its copy have been handled.
            await("the third poll reaches the log", query, view -> pollSeen(engines, next));

            assertEquals(1, count(engines, "SELECT COUNT(*) FROM source_read WHERE poll_id = '" + pollId + "'"));
            assertEquals(2, count(engines, "SELECT COUNT(*) FROM source_read WHERE source = 'probe'"));
        }
    }

    private CommandCenterProcess queryProcess(TestEngines engines) throws Exception {
        return CommandCenterProcess.start(
                "query",
                System.getProperty("command-center.postgres-app-jar"),
                workDir,
                Map.of(
                        "quarkus.profile",
                        "postgres,query-only,kafka",
                        "kafka.bootstrap.servers",
                        engines.kafkaBootstrap(),
                        "COMMAND_CENTER_POSTGRES_URL",
                        engines.postgresUrl()));
    }

    private CommandCenterProcess collector(String host, TestEngines engines) throws Exception {
        return CommandCenterProcess.start(
                host,
                System.getProperty("command-center.app-jar"),
                workDir,
                Map.of(
                        "quarkus.profile",
                        "collector-only,kafka",
                        "kafka.bootstrap.servers",
                        engines.kafkaBootstrap(),
                        "command-center.host-id",
                        host,
                        "command-center.collector.interval",
                        "1s"));
    }

    /** A collector host with one agent's heartbeat and a Hermes home of its own, named after the host. */
    private CommandCenterProcess fleetCollector(String host, String agent, TestEngines engines) throws Exception {
        Path heartbeats = Files.createDirectories(workDir.resolve(host + "-heartbeats"));
        Files.writeString(
                heartbeats.resolve(agent + ".json"),
                "{\"agent\":\"" + agent + "\",\"pid\":"
                        + ProcessHandle.current().pid() + ",\"host\":\"" + host
                        + "\",\"state\":\"idle\",\"claim\":null,"
                        + "\"model\":\"qwen3:8b\",\"provider\":\"ollama\",\"last_success_at\":\""
                        + Instant.now().minusSeconds(60)
                        + "\",\"last_error\":null,\"written_at\":\"" + Instant.now() + "\"}");
        Path hermes = RunningHermesHome.copy(workDir.resolve(host + "-hermes"));
        Map<String, String> settings = new HashMap<>(Map.of(
                "quarkus.profile",
                "collector-only,kafka",
                "kafka.bootstrap.servers",
                engines.kafkaBootstrap(),
                "command-center.host-id",
                host,
                "command-center.collector.interval",
                "1s",
                "command-center.heartbeats.dir",
                heartbeats.toString(),
                "command-center.heartbeats.interval",
                "1s",
                "command-center.heartbeats.stale-after",
                "6s",
                "command-center.hermes.home",
                hermes.toString(),
                "command-center.hermes.home-name",
                host,
                "command-center.hermes.interval",
                "1s"));
        settings.put("command-center.hermes.stale-after", "6s");
        settings.put("command-center.processes.interval", "1s");
        settings.put("command-center.processes.stale-after", "6s");
        return CommandCenterProcess.start(host, System.getProperty("command-center.app-jar"), workDir, settings);
    }

    private static JsonNode agent(JsonNode view, String name) {
        for (JsonNode row : view.path("agents")) {
            if (name.equals(row.path("name").asText())) {
                return row;
            }
        }
        return MissingNode.getInstance();
    }

    /** The Hermes jobs of one host's home ({@code cron:job:<home>/<id>}). */
    private static List<JsonNode> jobs(JsonNode view, String home) {
        List<JsonNode> jobs = new ArrayList<>();
        for (JsonNode row : view.path("jobs")) {
            if (row.path("subject").asText().startsWith("cron:job:" + home + "/")) {
                jobs.add(row);
            }
        }
        return jobs;
    }

    private static JsonNode collectorRow(JsonNode view, String host) {
        for (JsonNode row : view.path("sources")) {
            if ("collector".equals(row.path("source").asText())
                    && host.equals(row.path("last_read").path("host").asText())) {
                return row;
            }
        }
        return MissingNode.getInstance();
    }

    /** Waits until {@code views} holds, the query process staying alive. */
    private static void awaitViews(String what, CommandCenterProcess query, Check views) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertTrue(query.isAlive(), "the query process exited:\n" + query.output());
            if (views.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "timed out waiting until " + what + "; agents: " + query.view("/api/views/agent-health") + "\ncron: "
                        + query.view("/api/views/cron-state") + "\n" + query.output());
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static JsonNode await(String what, CommandCenterProcess query, Predicate<JsonNode> condition)
            throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        JsonNode view = null;
        while (System.nanoTime() < deadline) {
            assertTrue(query.isAlive(), "the query process exited:\n" + query.output());
            view = query.sources();
            if (view != null && condition.test(view)) {
                return view;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out waiting until " + what + "; last view: " + view + "\n" + query.output());
    }

    private static boolean pollSeen(TestEngines engines, String pollId) {
        try {
            return count(engines, "SELECT COUNT(*) FROM source_read WHERE poll_id = '" + pollId + "'") == 1;
        } catch (Exception e) {
            return false;
        }
    }

    private static long count(TestEngines engines, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(engines.postgresUrl(), "command_center", "");
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long localReads(CommandCenterProcess collector) throws Exception {
        String url = "jdbc:h2:file:" + collector.workDir.resolve("data/log").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM source_read");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Polls of one source share a record key, hence a partition, hence their order. */
    private static void assertPublishedKeyedBySource(TestEngines engines) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "key-check");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(TOPIC));
            int seen = 0;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (seen < 4 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> polled : consumer.poll(Duration.ofMillis(500))) {
                    assertTrue(
                            polled.value().contains("\"source\":\"" + polled.key() + "\""),
                            "a poll is keyed by its source: key " + polled.key() + ", value " + polled.value());
                    seen++;
                }
            }
            assertTrue(seen >= 4, "the collectors' polls are on the topic");
        }
    }

    private static KafkaProducer<String, String> producer(TestEngines engines) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /** A poll as a collector publishes it (Quarkus' Jackson mapper: ISO instants, ISO durations). */
    private static String pollJson(String pollId, Instant finished) {
        return """
                {"poll_id":"%s","host":"host-c","source":"probe","started_at":"%s","finished_at":"%s",
                 "outcome":"ok","error":null,"stale_after":"PT3M",
                 "seen":[{"subject":"probe:thing","kind":"ThingSeen","source_time":null,"payload":{"state":"up"}}],
                 "unread_scopes":[]}
                """.formatted(pollId, finished.minusMillis(30), finished);
    }
}
