package dev.commandcenter.query.sources;

import dev.commandcenter.observation.Freshness;
import dev.commandcenter.observation.FreshnessRule;
import dev.commandcenter.observation.FreshnessVerdict;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one collector host last read of one source, and the pure rules that turn such reads into
 * rows of the sources view. With several collector hosts, a source read by more than one of them
 * gets one row per host, so a host that stopped cannot hide behind another that still reports.
 *
 * @param host       the collector host, as stored in {@code source_read.host}
 * @param last       its newest read of the source at the instant judged
 * @param delivering its newest read that delivered data
 */
record HostReads(String host, Optional<SourceRead> last, Optional<SourceRead> delivering) {

    /** One row per host; hosts where the source is not configured stand aside when another host reads it. */
    static List<SourceStatus> statuses(String source, String label, List<HostReads> hosts, Instant at) {
        boolean configuredSomewhere = hosts.stream().anyMatch(HostReads::configured);
        List<SourceStatus> rows = new ArrayList<>();
        for (HostReads host : hosts) {
            if (!configuredSomewhere || host.configured()) {
                rows.add(status(source, label, host.last(), host.delivering(), at));
            }
        }
        return rows;
    }

    /** One row from one pair of reads; a row that is not live names the host its newest read came from. */
    static SourceStatus status(
            String source, String label, Optional<SourceRead> last, Optional<SourceRead> delivering, Instant at) {
        FreshnessVerdict verdict = FreshnessRule.judge(last, delivering, at);
        return new SourceStatus(
                source,
                label,
                verdict.freshness(),
                namingHost(verdict, last),
                delivering.map(SourceRead::finishedAt).orElse(null),
                last.map(LastRead::of).orElse(null),
                last.map(r -> r.staleAfter().toSeconds()).orElse(null));
    }

    private boolean configured() {
        return last.map(r -> r.outcome() != ReadOutcome.UNCONFIGURED).orElse(false);
    }

    private static String namingHost(FreshnessVerdict verdict, Optional<SourceRead> last) {
        if (verdict.freshness() == Freshness.LIVE || last.isEmpty()) {
            return verdict.reason();
        }
        String host = last.get().host();
        if (verdict.freshness() == Freshness.STALE) {
            return verdict.reason() + "; collector host " + host + " has not reported since "
                    + last.get().finishedAt();
        }
        return verdict.reason() + " (collector host " + host + ")";
    }
}
