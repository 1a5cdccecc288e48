package dev.commandcenter.collector.endpoint;

import dev.commandcenter.collector.PollTiming;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Service and model health endpoints probed with GET ({@code command-center.endpoints.*}). */
@ConfigMapping(prefix = "command-center.endpoints")
public interface EndpointsConfig extends PollTiming {

    /** The endpoints by service name; the name is the service's name in the views. */
    Map<String, Target> targets();

    interface Target {

        /** The health URL, probed with GET (e.g. Ollama {@code /api/tags}, llama.cpp {@code /health}). */
        URI url();

        /** An answer slower than this is degraded; no answer within the source's timeout is down. */
        @WithDefault("2s")
        Duration slowAfter();
    }
}
