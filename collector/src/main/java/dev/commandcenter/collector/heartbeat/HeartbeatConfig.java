package dev.commandcenter.collector.heartbeat;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Reading of agent heartbeat files ({@code command-center.heartbeats.*}). */
@ConfigMapping(prefix = "command-center.heartbeats")
public interface HeartbeatConfig extends PollTiming {

    /** Directory of heartbeat files, one {@code <agent>.json} per agent; every such file is an agent. */
    Optional<Path> dir();
}
