package dev.commandcenter.collector.process;

import dev.commandcenter.collector.HostIdentity;
import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.agents.AgentDirectory;
import dev.commandcenter.collector.agents.RollCall;
import dev.commandcenter.collector.hermes.HermesLiveness;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Looks up every agent's process in this machine's process table: one {@code process:<name>} subject each. */
@ApplicationScoped
public class ProcessSource implements Source {

    /** The fact kind of every process observation. */
    public static final String KIND = "ProcessChecked";

    private final ProcessesConfig config;
    private final RollCall agents;
    private final ProcessCheck check;

    @Inject
    public ProcessSource(
            ProcessesConfig config,
            AgentDirectory directory,
            ProcessTable table,
            HermesLiveness hermes,
            HostIdentity host) {
        this.config = config;
        this.agents = new RollCall(directory);
        this.check = new ProcessCheck(table, hermes, localHosts(host.hostId()));
    }

    @Override
    public String name() {
        return KnownSource.PROCESSES.sourceName();
    }

    @Override
    public PollTiming timing() {
        return config;
    }

    @Override
    public SourceSnapshot poll() throws SourceFailure {
        return agents.take(
                agent -> new SubjectSeen(SubjectKey.PROCESS.of(agent.name()), KIND, null, check.check(agent)));
    }

    private static Set<String> localHosts(String hostId) {
        Set<String> names = new TreeSet<>(List.of(hostId, "localhost"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName());
            names.add(local.getCanonicalHostName());
        } catch (UnknownHostException e) {
            // The configured host id and "localhost" still identify this machine.
        }
        return names;
    }
}
