package dev.commandcenter.collector.heartbeat;

import dev.commandcenter.collector.agents.AgentDirectory;
import dev.commandcenter.collector.agents.AgentsConfig;
import dev.commandcenter.testing.TestConfigs;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Agents as a test declares them, with every other setting at its configured default. */
public final class Fixtures {

    private Fixtures() {}

    public static AgentsConfig agents(Map<String, AgentsConfig.Agent> agents) {
        return () -> agents;
    }

    public static AgentsConfig.Agent agent(String process, Path heartbeat, Path hermesHome) {
        Map<String, String> settings = new TreeMap<>();
        // An empty value is an unset one; it only makes sure the agent is declared.
        settings.put("agent.process", process == null ? "" : process);
        if (heartbeat != null) {
            settings.put("agent.heartbeat", heartbeat.toString());
        }
        if (hermesHome != null) {
            settings.put("agent.hermes-home", hermesHome.toString());
        }
        return TestConfigs.of(AgentsConfig.class, settings).agents().get("agent");
    }

    public static AgentDirectory directory(AgentsConfig agents, Path dir) {
        return new AgentDirectory(
                agents, TestConfigs.of(HeartbeatConfig.class, dir == null ? Map.of() : Map.of("dir", dir.toString())));
    }
}
