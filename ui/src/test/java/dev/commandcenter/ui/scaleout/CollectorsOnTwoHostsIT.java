package dev.commandcenter.ui.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
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

            await("both collector hosts live in the query process's view", query,
                    view -> "live".equals(collectorRow(view, "host-a").path("freshness").asText())
                            && "live".equals(collectorRow(view, "host-b").path("freshness").asText()));

            hostA.kill();

            JsonNode view = await("host-a's collector row goes stale", query,
                    v -> "stale".equals(collectorRow(v, "host-a").path("freshness").asText()));
            JsonNode stopped = collectorRow(view, "host-a");
            assertTrue(stopped.path("reason").asText().contains("collector host host-a has not reported since"),
                    "the reason names the host that stopped: " + stopped);
            assertEquals("live", collectorRow(view, "host-b").path("freshness").asText(),
                    "the other host keeps reporting: " + view);

            assertTrue(count(engines, "SELECT COUNT(*) FROM source_read WHERE host = 'host-b'") >= 2,
                    "host-b's polls are in PostgreSQL");
            assertEquals(0, localReads(hostA), "a collector-only process appends nothing to a local log");
            assertPublishedKeyedBySource(engines);
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
            producer.send(new ProducerRecord<>(TOPIC, "probe", pollJson(next, first.plusSeconds(1)))).get();

            // Polls of one source share a key, hence a partition, hence an order: once the third is in,
            // the first and its copy have been handled.
            await("the third poll reaches the log", query, view -> pollSeen(engines, next));

            assertEquals(1, count(engines, "SELECT COUNT(*) FROM source_read WHERE poll_id = '" + pollId + "'"));
            assertEquals(2, count(engines, "SELECT COUNT(*) FROM source_read WHERE source = 'probe'"));
        }
    }

    private CommandCenterProcess queryProcess(TestEngines engines) throws Exception {
        return CommandCenterProcess.start("query", System.getProperty("command-center.postgres-app-jar"), workDir,
                Map.of("quarkus.profile", "postgres,query-only,kafka",
                        "kafka.bootstrap.servers", engines.kafkaBootstrap(),
                        "COMMAND_CENTER_POSTGRES_URL", engines.postgresUrl()));
    }

    private CommandCenterProcess collector(String host, TestEngines engines) throws Exception {
        return CommandCenterProcess.start(host, System.getProperty("command-center.app-jar"), workDir,
                Map.of("quarkus.profile", "collector-only,kafka",
                        "kafka.bootstrap.servers", engines.kafkaBootstrap(),
                        "command-center.host-id", host,
                        "command-center.collector.interval", "1s"));
    }

    private static JsonNode collectorRow(JsonNode view, String host) {
        for (JsonNode row : view.path("sources")) {
            if ("collector".equals(row.path("source").asText()) && host.equals(row.path("last_read").path("host").asText())) {
                return row;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
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
                PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long localReads(CommandCenterProcess collector) throws Exception {
        String url = "jdbc:h2:file:" + collector.workDir.resolve("data/log").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
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
                    assertTrue(polled.value().contains("\"source\":\"" + polled.key() + "\""),
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
