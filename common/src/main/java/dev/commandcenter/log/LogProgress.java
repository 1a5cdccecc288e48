package dev.commandcenter.log;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the appends committed in this process, so the views know at once that the log grew. */
@ApplicationScoped
public class LogProgress {

    private final AtomicLong committed = new AtomicLong();

    void advanced() {
        committed.incrementAndGet();
    }

    long version() {
        return committed.get();
    }
}
