package dev.commandcenter.query.sources;

import dev.commandcenter.observation.Observation;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The freshness each row of one source shows: that of the collector host whose read stored the
 * row's observation. With several collector hosts, the rows of a host that stopped turn stale (its
 * own reads age) while the rows another host keeps reading stay live; the newest read of any host
 * never vouches for data it did not see. With one host (or none) every row shows the source's status.
 */
public final class HostFreshness {

    private final SourceStatus source;
    private final Map<String, SourceStatus> byHost;
    private final Map<Long, String> hostOfRead;

    private HostFreshness(SourceStatus source, Map<String, SourceStatus> byHost, Map<Long, String> hostOfRead) {
        this.source = source;
        this.byHost = byHost;
        this.hostOfRead = hostOfRead;
    }

    /** Every row shows the source's status: one collector host reads it, or none. */
    public static HostFreshness single(SourceStatus source) {
        return new HostFreshness(source, Map.of(), Map.of());
    }

    /**
     * Each row shows its host's status.
     *
     * @param source     the source's status as the view lists it
     * @param hosts      what each collector host last read of the source
     * @param hostOfRead the host of each read that stored a row
     */
    static HostFreshness perHost(SourceStatus source, List<HostReads> hosts, Map<Long, String> hostOfRead, Instant at) {
        Map<String, SourceStatus> byHost = new HashMap<>();
        for (HostReads host : hosts) {
            byHost.put(
                    host.host(), HostReads.status(source.source(), source.label(), host.last(), host.delivering(), at));
        }
        return new HostFreshness(source, byHost, Map.copyOf(hostOfRead));
    }

    /** The source's status, as the view's list of sources shows it. */
    public SourceStatus source() {
        return source;
    }

    /** The status of the host that stored {@code observed}; the source's when there is no row or its host is unknown. */
    public SourceStatus of(Observation observed) {
        if (observed == null) {
            return source;
        }
        String host = hostOfRead.get(observed.readId());
        return host == null ? source : byHost.getOrDefault(host, source);
    }
}
