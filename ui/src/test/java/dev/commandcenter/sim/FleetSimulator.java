package dev.commandcenter.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.PollResult;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A simulated fleet driven through time on a simulated clock. Each {@link #cycle} is one minute:
 * the fleet moves on, then every source is polled once, producing the poll results the real
 * sources would (same subject keys, kinds and payload shapes), all from the collector host
 * {@value #HOST}, which also reads itself every minute as the real collector does
 * ({@code collector:host:<host>}, {@code CollectorSeen}). Deterministic for a given seed.
 */
public final class FleetSimulator {

    public static final String HOST = "simulated-fleet";
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(60);
    private static final Duration STALE_AFTER = POLL_INTERVAL.multipliedBy(3);

    private final Random random;
    private final GiteaFleet gitea;
    private final AgentFleet agents;
    private final CronFleet cron;
    private final ObjectNode collector;

    /**
     * @param activity multiplies how often issues and PRs change (1 = a realistic working day;
     *                 higher fills a log faster and is reported as such)
     */
    public FleetSimulator(FleetScale scale, Instant start, long seed, double activity) {
        this.random = new Random(seed);
        Templates templates = new Templates();
        List<String> repos = IntStream.range(0, scale.repos)
                .mapToObj(r -> "fleet/" + String.format("service-%02d", r))
                .toList();
        this.agents = new AgentFleet(scale, repos, random, start);
        this.gitea = new GiteaFleet(scale, agents.names(), random, templates, start, activity);
        this.cron = new CronFleet(scale, random, start);
        this.collector = collector(start);
    }

    /** One minute of the fleet, ending at {@code at}, and one poll of every source. */
    public List<PollResult> cycle(Instant at) {
        gitea.advance(at);
        agents.advance(at);
        cron.advance(at);
        return List.of(
                poll("gitea", at, Duration.ofMillis(2_400), gitea.seen()),
                poll("hermes", at, Duration.ofMillis(40), cron.seen()),
                poll("heartbeats", at, Duration.ofMillis(15), agents.heartbeats()),
                poll("processes", at, Duration.ofMillis(25), agents.processes()),
                poll("endpoints", at, Duration.ofMillis(120), agents.endpoints()),
                self(at));
    }

    /** What the collector says of itself (as {@code CollectorSelfSource} does): started with the simulation. */
    private static ObjectNode collector(Instant start) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("host", HOST);
        payload.put("pid", 4242);
        payload.put("started_at", start.toString());
        payload.put("java", Runtime.version().toString());
        payload.put("role", "collector");
        var polled = payload.putArray("sources");
        List.of("collector", "endpoints", "gitea", "heartbeats", "hermes", "processes")
                .forEach(polled::add);
        return payload;
    }

    /**
     * The collector's read of itself. Its id comes from the instant, not from the fleet's random numbers,
     * so that the rest of the fleet is the same as before the collector read itself.
     */
    private PollResult self(Instant at) {
        String id = UUID.nameUUIDFromBytes(("collector " + at).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new PollResult(
                id,
                HOST,
                "collector",
                at.minusMillis(2),
                at,
                ReadOutcome.OK,
                null,
                STALE_AFTER,
                List.of(new SubjectSeen("collector:host:" + HOST, "CollectorSeen", null, collector.deepCopy())),
                List.of());
    }

    private PollResult poll(String source, Instant at, Duration took, List<SubjectSeen> seen) {
        return new PollResult(
                new UUID(random.nextLong(), random.nextLong()).toString(),
                HOST,
                source,
                at.minus(took),
                at,
                ReadOutcome.OK,
                null,
                STALE_AFTER,
                seen,
                List.of());
    }
}
