package dev.commandcenter.collector.taskqueue;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** When a live process started, if it is alive: to tell the consumer from a process that reuses its pid. */
@ApplicationScoped
public class ConsumerProcesses {

    /** @return empty when no process with this pid is alive; a present but empty start when unknown */
    public Optional<Optional<Instant>> startOf(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> p.info().startInstant());
    }
}
