package dev.commandcenter.collector.agents;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.heartbeat.HeartbeatConfig;
import dev.commandcenter.observation.ReadOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agents to watch: every declared agent, plus every {@code <name>.json} in the heartbeat
 * directory. A declared agent without any file is still listed, so it shows as "no heartbeat ever".
 */
@ApplicationScoped
public class AgentDirectory {

    private final AgentsConfig agents;
    private final Optional<Path> dir;

    @Inject
    public AgentDirectory(AgentsConfig agents, HeartbeatConfig heartbeats) {
        this.agents = agents;
        this.dir = heartbeats.dir();
    }

    /**
     * @throws SourceFailure unconfigured when there is neither a directory nor a declared agent;
     *                       unreachable when the directory cannot be listed
     */
    public List<AgentTarget> targets() throws SourceFailure {
        if (dir.isEmpty() && agents.agents().isEmpty()) {
            throw SourceFailure.unconfigured("command-center.heartbeats.dir or command-center.agents.\"<name>\".*");
        }
        Map<String, AgentTarget> byName = new TreeMap<>();
        agents.agents().forEach((name, agent) -> byName.put(name, AgentTarget.declared(name, agent, dir)));
        if (dir.isPresent()) {
            for (Path file : heartbeatFiles(dir.get())) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                byName.putIfAbsent(name, AgentTarget.discovered(name, file));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static List<Path> heartbeatFiles(Path dir) throws SourceFailure {
        if (!Files.isDirectory(dir)) {
            throw new SourceFailure(ReadOutcome.UNREACHABLE, "heartbeat directory " + dir + " does not exist");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new SourceFailure(ReadOutcome.UNREACHABLE, "cannot list heartbeat directory " + dir + ": " + e, e);
        }
        return files;
    }
}
