package dev.commandcenter.collector.endpoint;

import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Probes every configured health endpoint with one GET, all at once, each under a request timeout
 * shorter than the poll's, so one hanging service is "down (timeout)" rather than a failed poll.
 */
@ApplicationScoped
public class EndpointSource implements Source {

    /** The fact kind of every endpoint observation. */
    public static final String KIND = "EndpointProbed";

    private final EndpointsConfig config;
    private final EndpointProbe probe;

    @Inject
    public EndpointSource(EndpointsConfig config) {
        this(config, System::nanoTime);
    }

    /** With the clock latency is measured by; tests pass one that makes every answer take a known time. */
    EndpointSource(EndpointsConfig config, LongSupplier nanoTime) {
        this.config = config;
        this.probe = EndpointProbe.withDefaults(requestTimeout(config), nanoTime);
    }

    @Override
    public String name() {
        return KnownSource.ENDPOINTS.sourceName();
    }

    @Override
    public PollTiming timing() {
        return config;
    }

    @Override
    public SourceSnapshot poll() throws SourceFailure {
        if (config.targets().isEmpty()) {
            throw SourceFailure.unconfigured("command-center.endpoints.targets.\"<name>\".url");
        }
        Duration timeout = requestTimeout(config);
        Map<String, CompletableFuture<ProbeResult>> probes = new TreeMap<>();
        config.targets().forEach((name, target) -> probes.put(name, probe.get(target.url(), timeout)));
        List<SubjectSeen> seen = new ArrayList<>();
        probes.forEach((name, result) -> {
            EndpointsConfig.Target target = config.targets().get(name);
            seen.add(new SubjectSeen(
                    SubjectKey.ENDPOINT.of(name),
                    KIND,
                    null,
                    EndpointVerdict.judge(name, target.url(), target.slowAfter(), result.join())));
        });
        return SourceSnapshot.complete(seen);
    }

    /** Three quarters of the poll's timeout, leaving the rest for judging and handing over. */
    static Duration requestTimeout(PollTiming timing) {
        return timing.timeout().multipliedBy(3).dividedBy(4);
    }
}
