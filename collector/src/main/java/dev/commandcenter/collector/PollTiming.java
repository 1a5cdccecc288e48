package dev.commandcenter.collector;

import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The per-source polling settings of DESIGN §7 ({@code command-center.<source>.interval},
 * {@code .timeout}, {@code .stale-after}). Each source's {@code @ConfigMapping} extends this.
 */
public interface PollTiming {

    /** Time between the starts of two polls. */
    @WithDefault("60s")
    Duration interval();

    /** A poll still running after this is recorded as a timeout. */
    @WithDefault("10s")
    Duration timeout();

    /** Data older than this is stale; default three intervals. */
    Optional<Duration> staleAfter();

    default Duration staleBound() {
        return staleAfter().orElse(interval().multipliedBy(3));
    }

    static PollTiming of(Duration interval, Duration timeout, Duration staleAfter) {
        return new PollTiming() {
            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public Optional<Duration> staleAfter() {
                return Optional.ofNullable(staleAfter);
            }
        };
    }
}
