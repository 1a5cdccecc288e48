package dev.commandcenter.collector.agents;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.observation.SubjectSeen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One subject for every agent of the directory. An agent is read on its own, so a broken one is
 * that agent's error; only a directory that cannot be listed fails the whole read.
 */
public final class RollCall {

    private final AgentDirectory directory;

    public RollCall(AgentDirectory directory) {
        this.directory = directory;
    }

    /** @throws SourceFailure as {@link AgentDirectory#targets()} does */
    public SourceSnapshot take(Function<AgentTarget, SubjectSeen> read) throws SourceFailure {
        List<SubjectSeen> seen = new ArrayList<>();
        for (AgentTarget agent : directory.targets()) {
            seen.add(read.apply(agent));
        }
        return SourceSnapshot.complete(seen);
    }
}
