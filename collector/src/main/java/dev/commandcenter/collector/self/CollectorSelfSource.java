package dev.commandcenter.collector.self;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.collector.HostIdentity;
import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.config.CommandCenterConfig;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The collector reports itself: which host it runs on, since when, which sources it polls. Its
 * reads prove the collector is alive; when they stop, every view can tell the collector is gone
 * rather than the sources being quiet.
 */
@ApplicationScoped
public class CollectorSelfSource implements Source {

    private final CollectorSelfConfig timing;
    private final String hostId;
    private final CommandCenterConfig config;
    private final Instance<Source> sources;

    @Inject
    public CollectorSelfSource(
            CollectorSelfConfig timing, HostIdentity host, CommandCenterConfig config, Instance<Source> sources) {
        this.timing = timing;
        this.hostId = host.hostId();
        this.config = config;
        this.sources = sources;
    }

    @Override
    public String name() {
        return KnownSource.COLLECTOR.sourceName();
    }

    @Override
    public PollTiming timing() {
        return timing;
    }

    @Override
    public SourceSnapshot poll() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("host", hostId);
        payload.put("pid", ProcessHandle.current().pid());
        payload.put(
                "started_at",
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
                        .toString());
        payload.put("java", Runtime.version().toString());
        payload.put("role", config.role().name().toLowerCase(Locale.ROOT));
        var polled = payload.putArray("sources");
        sources.stream().map(Source::name).sorted().forEach(polled::add);
        return SourceSnapshot.complete(
                List.of(new SubjectSeen(SubjectKey.COLLECTOR_HOST.of(hostId), "CollectorSeen", null, payload)));
    }
}
