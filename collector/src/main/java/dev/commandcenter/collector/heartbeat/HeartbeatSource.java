package dev.commandcenter.collector.heartbeat;

import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

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
    private final AgentDirectory directory;
    private final HermesLiveness hermes;

    @Inject
    public HeartbeatSource(HeartbeatConfig config, AgentDirectory directory, HermesLiveness hermes) {
        this.config = config;
        this.directory = directory;
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
        List<SubjectSeen> seen = new ArrayList<>();
        for (AgentTarget agent : directory.targets()) {
            // A heartbeat is read only inside its own directory: agents write there, and a link out of it is refused.
            HeartbeatParser.Parsed parsed = HeartbeatParser.parse(agent, agent.heartbeatFile() == null ? null
                    : ConfinedFiles.read(agent.heartbeatFile(), MAX_BYTES));
            if (agent.hermesHome() != null) {
                parsed.payload().set("hermes", hermes.read(agent.hermesHome()));
            }
            seen.add(new SubjectSeen(agent.subject(), KIND, parsed.writtenAt(), parsed.payload()));
        }
        return SourceSnapshot.complete(seen);
    }
}
