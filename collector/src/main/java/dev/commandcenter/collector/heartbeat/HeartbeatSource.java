package dev.commandcenter.collector.heartbeat;

import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.agents.AgentDirectory;
import dev.commandcenter.collector.agents.AgentTarget;
import dev.commandcenter.collector.agents.RollCall;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads every agent's heartbeat file (and, for agents run by Hermes, what the gateway leaves
 * behind) into one {@code agent:<name>} subject per agent. A broken file is that agent's error;
 * only an unlistable directory fails the whole read.
 */
@ApplicationScoped
public class HeartbeatSource implements Source {

    /** The fact kind of every heartbeat observation. */
    public static final String KIND = "HeartbeatRead";
    /** Far above any real heartbeat; a bigger file is not one. */
    public static final int MAX_BYTES = 256 * 1024;

    private final HeartbeatConfig config;
    private final RollCall agents;
    private final HermesLiveness hermes;

    @Inject
    public HeartbeatSource(HeartbeatConfig config, AgentDirectory directory, HermesLiveness hermes) {
        this.config = config;
        this.agents = new RollCall(directory);
        this.hermes = hermes;
    }

    @Override
    public String name() {
        return KnownSource.HEARTBEATS.sourceName();
    }

    @Override
    public PollTiming timing() {
        return config;
    }

    @Override
    public SourceSnapshot poll() throws SourceFailure {
        return agents.take(this::read);
    }

    private SubjectSeen read(AgentTarget agent) {
        // A heartbeat is read only inside its own directory: agents write there, and a link out of it is refused.
        HeartbeatParser.Parsed parsed = HeartbeatParser.parse(
                agent, agent.heartbeatFile() == null ? null : ConfinedFiles.read(agent.heartbeatFile(), MAX_BYTES));
        if (agent.hermesHome() != null) {
            parsed.payload().set("hermes", hermes.read(agent.hermesHome()));
        }
        return new SubjectSeen(agent.subject(), KIND, parsed.writtenAt(), parsed.payload());
    }
}
