package dev.commandcenter.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Agents that go idle, busy, stuck, rate-limited and down, each writing a heartbeat file every
 * minute while its process lives; and the model endpoints they depend on, which flap now and then.
 * Payloads are shaped as the heartbeat, process and endpoint sources store them.
 */
final class AgentFleet {

    enum Mode {
        IDLE,
        BUSY,
        STUCK,
        RATE_LIMITED,
        DOWN
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[][] MODELS = {
        {"kimi-k2-0905", "moonshot"},
        {"claude-sonnet-4.5", "anthropic"},
        {"gemini-2.5-pro", "google"},
        {"qwen3-coder", "ollama"}
    };

    private final Random random;
    private final List<Agent> agents = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<String> repos;

    AgentFleet(FleetScale scale, List<String> repos, Random random, Instant start) {
        this.random = random;
        this.repos = repos;
        for (int e = 0; e < scale.endpoints; e++) {
            endpoints.add(new Endpoint("model-" + e));
        }
        for (int a = 0; a < scale.agents; a++) {
            Agent agent = new Agent("agent-" + String.format("%03d", a), 40_000 + a * 7, a);
            agent.mode = Mode.values()[random.nextInt(3)];
            agent.claimedAt = start.minusSeconds(random.nextInt(3_600));
            agent.claim = claim();
            agents.add(agent);
        }
    }

    List<String> names() {
        return agents.stream().map(a -> a.name).toList();
    }

    /** One minute: a few agents change mode (mostly between idle and busy); endpoints flap rarely. */
    void advance(Instant now) {
        for (Agent agent : agents) {
            if (random.nextDouble() < 0.02) {
                double r = random.nextDouble();
                Mode next = r < 0.45
                        ? Mode.BUSY
                        : r < 0.85 ? Mode.IDLE : r < 0.92 ? Mode.RATE_LIMITED : r < 0.96 ? Mode.STUCK : Mode.DOWN;
                if (next == Mode.BUSY && agent.mode != Mode.BUSY || next == Mode.STUCK && agent.mode != Mode.STUCK) {
                    agent.claim = claim();
                    agent.claimedAt = next == Mode.STUCK ? now.minus(Duration.ofHours(3)) : now;
                }
                if (next == Mode.BUSY && agent.mode != Mode.BUSY && agent.mode != Mode.STUCK) {
                    agent.lastSuccess = now;
                }
                agent.mode = next;
            }
            if (agent.mode != Mode.DOWN) {
                agent.writtenAt = now.minusSeconds(random.nextInt(30));
                agent.iteration++;
            }
        }
        for (Endpoint endpoint : endpoints) {
            endpoint.latencyMs = 40 + 10 * random.nextInt(3);
            if (endpoint.state.equals("up") ? random.nextDouble() < 0.003 : random.nextDouble() < 0.2) {
                endpoint.state = endpoint.state.equals("up") ? (random.nextBoolean() ? "down" : "degraded") : "up";
            }
        }
    }

    List<SubjectSeen> heartbeats() {
        return agents.stream()
                .map(a -> new SubjectSeen("agent:" + a.name, "HeartbeatRead", a.writtenAt, a.heartbeat()))
                .toList();
    }

    List<SubjectSeen> processes() {
        return agents.stream()
                .map(a -> new SubjectSeen("process:" + a.name, "ProcessChecked", null, a.process()))
                .toList();
    }

    List<SubjectSeen> endpoints() {
        return endpoints.stream()
                .map(e -> new SubjectSeen("endpoint:" + e.name, "EndpointProbed", null, e.payload()))
                .toList();
    }

    private String claim() {
        return repos.get(random.nextInt(repos.size())) + "#" + (1 + random.nextInt(40));
    }

    private final class Agent {
        final String name;
        final long pid;
        final int index;
        Mode mode;
        String claim;
        Instant claimedAt;
        Instant writtenAt;
        Instant lastSuccess;
        long iteration;

        Agent(String name, long pid, int index) {
            this.name = name;
            this.pid = pid;
            this.index = index;
        }

        ObjectNode heartbeat() {
            ObjectNode payload = NODES.objectNode();
            payload.put("agent", name);
            boolean working = mode == Mode.BUSY || mode == Mode.STUCK;
            payload.put("claim", working ? claim : null);
            ObjectNode beat = payload.putObject("heartbeat");
            beat.put("agent", name);
            beat.put("pid", pid);
            beat.put("pid_started_at", "2026-01-01T00:00:00Z");
            beat.put("host", "simulated-fleet");
            beat.put(
                    "state",
                    switch (mode) {
                        case BUSY, STUCK -> "working";
                        case RATE_LIMITED -> "rate-limited";
                        default -> "idle";
                    });
            beat.put("claim", working ? claim : null);
            beat.put("claimed_at", working ? claimedAt.toString() : null);
            String[] model = MODELS[index % MODELS.length];
            beat.put("model", model[0]);
            beat.put("provider", model[1]);
            beat.put("last_success_at", lastSuccess == null ? null : lastSuccess.toString());
            if (mode == Mode.RATE_LIMITED) {
                beat.putObject("last_error")
                        .put("kind", "rate-limited")
                        .put("message", "HTTP 429: Rate limit exceeded")
                        .put("at", writtenAt.toString());
            } else {
                beat.putNull("last_error");
            }
            beat.put("written_at", writtenAt == null ? null : writtenAt.toString());
            beat.putObject("loop").put("iteration", iteration).put("workers", 4).put("lock", ".loop/lock");
            payload.put("file", "heartbeats/" + name + ".json");
            payload.putNull("error");
            ObjectNode settings = payload.putObject("settings");
            settings.put("declared", true);
            settings.put("stuck_after_seconds", 7_200);
            settings.put("heartbeat_max_age_seconds", 600);
            settings.put("gitea_login", name);
            settings.put("endpoint", endpoints.get(index % endpoints.size()).name);
            settings.putNull("hermes_home");
            return payload;
        }

        ObjectNode process() {
            ObjectNode result = NODES.objectNode();
            result.put("agent", name);
            result.put("method", "heartbeat-pid");
            result.put("spec", "heartbeats/" + name + ".json");
            result.putArray("pids").add(pid);
            result.put("verdict", mode == Mode.DOWN ? "missing" : "alive");
            result.put("reason", mode == Mode.DOWN ? "no process " + pid : null);
            return result;
        }
    }

    private static final class Endpoint {
        final String name;
        String state = "up";
        long latencyMs = 40;

        Endpoint(String name) {
            this.name = name;
        }

        ObjectNode payload() {
            ObjectNode payload = NODES.objectNode();
            payload.put("name", name);
            payload.put("url", "http://127.0.0.1:11434/" + name + "/health");
            boolean down = state.equals("down");
            if (down) {
                payload.putNull("status");
            } else {
                payload.put("status", state.equals("degraded") ? 429 : 200);
            }
            payload.put("latency_ms", down ? 7_500 : latencyMs);
            payload.put("slow_after_ms", 2_000);
            payload.put("state", state.equals("degraded") ? "rate-limited" : state);
            payload.put(
                    "reason",
                    switch (state) {
                        case "down" -> "timeout: no answer within 7500 ms";
                        case "degraded" -> "HTTP 429";
                        default -> null;
                    });
            return payload;
        }
    }
}
