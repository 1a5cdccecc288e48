package dev.commandcenter.query.agents;

import dev.commandcenter.log.LogReader;
import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SourceRead;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The observation log in memory, answering as {@link LogReader} does, for folding observations in tests. */
final class FakeLog extends LogReader {

    private final List<Observation> observations = new ArrayList<>();
    private final List<SourceRead> reads = new ArrayList<>();

    FakeLog() {
        super(null);
    }

    FakeLog observe(String source, String subject, Instant at, String payload) {
        observations.add(new Observation(
                observations.size() + 1,
                reads.size(),
                source,
                subject,
                at,
                null,
                "Seen",
                Integer.toHexString(payload.hashCode()),
                payload,
                false));
        return read(source, at, ReadOutcome.OK, Duration.ofMinutes(3));
    }

    /** The subject vanished from its source at {@code at}, as the log records it: a gone row. */
    FakeLog vanish(String source, String subject, Instant at) {
        observations.add(new Observation(
                observations.size() + 1, reads.size(), source, subject, at, null, "Seen", "gone", "{}", true));
        return read(source, at, ReadOutcome.OK, Duration.ofMinutes(3));
    }

    FakeLog read(String source, Instant finishedAt, ReadOutcome outcome, Duration staleAfter) {
        reads.add(new SourceRead(
                reads.size() + 1,
                source,
                "test-host",
                "poll-" + reads.size(),
                finishedAt,
                finishedAt,
                outcome,
                outcome.delivered() ? null : "failed",
                1,
                1,
                staleAfter));
        return this;
    }

    @Override
    public List<Observation> latestAt(String source, Instant at) {
        Map<String, Observation> latest = new LinkedHashMap<>();
        observations.stream()
                .filter(o -> o.source().equals(source) && !o.observedAt().isAfter(at))
                .sorted(Comparator.comparingLong(Observation::seq))
                .forEach(o -> latest.put(o.subject(), o));
        return latest.values().stream()
                .filter(o -> !o.gone())
                .sorted(Comparator.comparing(Observation::subject))
                .toList();
    }

    @Override
    public List<Observation> goneAt(String source, Instant at) {
        return latest(source, at).values().stream()
                .filter(Observation::gone)
                .sorted(Comparator.comparing(Observation::subject))
                .toList();
    }

    @Override
    public Optional<Observation> lastPresentBefore(String source, String subject, Instant before) {
        return observations.stream()
                .filter(o -> o.source().equals(source)
                        && o.subject().equals(subject)
                        && o.observedAt().isBefore(before)
                        && !o.gone())
                .reduce((a, b) -> b);
    }

    private Map<String, Observation> latest(String source, Instant at) {
        Map<String, Observation> latest = new LinkedHashMap<>();
        observations.stream()
                .filter(o -> o.source().equals(source) && !o.observedAt().isAfter(at))
                .sorted(Comparator.comparingLong(Observation::seq))
                .forEach(o -> latest.put(o.subject(), o));
        return latest;
    }

    @Override
    public List<Observation> history(String source, String subject, Instant from, Instant to) {
        return observations.stream()
                .filter(o -> o.source().equals(source)
                        && o.subject().equals(subject)
                        && !o.observedAt().isBefore(from)
                        && !o.observedAt().isAfter(to))
                .sorted(Comparator.comparingLong(Observation::seq))
                .toList();
    }

    @Override
    public Optional<SourceRead> lastRead(String source, Instant at) {
        return reads(source, at, false).stream().findFirst();
    }

    @Override
    public Optional<SourceRead> lastDeliveringRead(String source, Instant at) {
        return reads(source, at, true).stream().findFirst();
    }

    @Override
    public List<SourceRead> recentReads(String source, Instant at, int limit) {
        return reads(source, at, false).stream().limit(limit).toList();
    }

    @Override
    public List<String> sourcesRead() {
        return reads.stream().map(SourceRead::source).distinct().sorted().toList();
    }

    @Override
    public List<String> hostsRead(String source, Instant at) {
        return reads(source, at, false).stream()
                .map(SourceRead::host)
                .distinct()
                .toList();
    }

    private List<SourceRead> reads(String source, Instant at, boolean deliveringOnly) {
        return reads.stream()
                .filter(r -> r.source().equals(source) && !r.finishedAt().isAfter(at))
                .filter(r -> !deliveringOnly || r.outcome().delivered())
                .sorted(Comparator.comparing(SourceRead::finishedAt)
                        .thenComparingLong(SourceRead::id)
                        .reversed())
                .toList();
    }
}
