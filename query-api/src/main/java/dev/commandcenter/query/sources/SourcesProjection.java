package dev.commandcenter.query.sources;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.log.LogWriteStatus;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SourceRead;
import dev.commandcenter.query.Replay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds the log's reads into the sources view at an instant. Every known source appears, read or
 * not, so an absent source is visibly unknown; sources found only in the log follow. A source read
 * by several collector hosts appears once per host, and a view's row takes the freshness of the
 * host that stored it ({@link #freshness}).
 */
@ApplicationScoped
public class SourcesProjection {

    private final LogReader log;
    private final LogWriteStatus writes;

    @Inject
    public SourcesProjection(LogReader log, LogWriteStatus writes) {
        this.log = log;
        this.writes = writes;
    }

    /** Over a log that is only read (tests, benchmarks): no append can fail. */
    public SourcesProjection(LogReader log) {
        this(log, new LogWriteStatus());
    }

    /**
     * The reads as the log holds them, and, whatever the instant, whether polls reach the log now:
     * a failed append leaves nothing in the log to fold, so it is said beside the rows.
     */
    public SourcesView at(Replay replay) {
        List<String> problems = writes.failures().stream()
                .map(f -> f.message() + " (last " + f.source() + " poll, " + f.at() + ")")
                .toList();
        return new SourcesView(replay, statuses(replay.at()), problems);
    }

    /** Every known source's status at an instant. */
    public List<SourceStatus> statuses(Instant at) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (KnownSource known : KnownSource.values()) {
            labels.put(known.sourceName(), known.label());
        }
        for (String source : log.sourcesRead()) {
            labels.putIfAbsent(source, source);
        }
        List<SourceStatus> statuses = new ArrayList<>();
        labels.forEach((source, label) -> statuses.addAll(statusPerHost(source, label, at)));
        return statuses;
    }

    /** One source's status at an instant: what a view embeds to say how fresh its rows are. */
    public SourceStatus status(String source, Instant at) {
        String label = Arrays.stream(KnownSource.values())
                .filter(k -> k.sourceName().equals(source))
                .map(KnownSource::label)
                .findFirst()
                .orElse(source);
        return status(source, label, at);
    }

    private SourceStatus status(String source, String label, Instant at) {
        Optional<SourceRead> last = log.lastRead(source, at);
        Optional<SourceRead> delivering =
                last.filter(r -> r.outcome().delivered()).isPresent() ? last : log.lastDeliveringRead(source, at);
        return HostReads.status(source, label, last, delivering, at);
    }

    /**
     * How fresh each of a source's rows is at an instant: with several collector hosts, that of the
     * host that stored the row (see {@link HostFreshness}).
     */
    public HostFreshness freshness(String source, Collection<Observation> rows, Instant at) {
        SourceStatus status = status(source, at);
        List<String> hosts = log.hostsRead(source, at);
        if (hosts.size() <= 1) {
            return HostFreshness.single(status);
        }
        return HostFreshness.perHost(
                status,
                hostReads(source, hosts, at),
                log.hostsOfReads(rows.stream().map(Observation::readId).toList()),
                at);
    }

    /** A source read by several collector hosts gets a row per host (see {@link HostReads}). */
    private List<SourceStatus> statusPerHost(String source, String label, Instant at) {
        List<String> hosts = log.hostsRead(source, at);
        if (hosts.size() <= 1) {
            return List.of(status(source, label, at));
        }
        return HostReads.statuses(source, label, hostReads(source, hosts, at), at);
    }

    private List<HostReads> hostReads(String source, List<String> hosts, Instant at) {
        List<HostReads> reads = new ArrayList<>();
        for (String host : hosts) {
            Optional<SourceRead> last = log.lastRead(source, host, at);
            Optional<SourceRead> delivering =
                    last.filter(r -> r.outcome().delivered()).isPresent()
                            ? last
                            : log.lastDeliveringRead(source, host, at);
            reads.add(new HostReads(host, last, delivering));
        }
        return reads;
    }
}
