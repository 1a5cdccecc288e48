package dev.commandcenter.log;

import dev.commandcenter.observation.Observation;
import dev.commandcenter.observation.SourceRead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The recent part of the log, in memory: every subject's state at {@link #start()} and every read
 * and change after it, applied as the log grows. It answers the log's queries for instants at or
 * after its start exactly as the database would, without reading or parsing anything again; older
 * instants are the database's.
 */
final class RecentLog {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Source> sources = new TreeMap<>();
    private Instant start;
    private Instant horizon;

    /** What one source holds: its subjects' trails, its changes in log order, each host's reads. */
    private static final class Source {
        final TreeMap<String, SubjectTrail> subjects = new TreeMap<>();
        final ArrayList<HeldChange> changes = new ArrayList<>();
        final TreeMap<String, ReadTrail> hosts = new TreeMap<>();
    }

    RecentLog(Instant start, Instant horizon) {
        this.start = start;
        this.horizon = horizon;
    }

    /** The first instant this log answers for. */
    Instant start() {
        return read(() -> start);
    }

    /** The last instant this log holds everything up to; later ones (a clock ahead of ours) stay in the database. */
    Instant horizon() {
        return read(() -> horizon);
    }

    /** Whether states at {@code at} can be answered from memory. */
    boolean covers(Instant at) {
        return read(() -> !at.isBefore(start) && !at.isAfter(horizon));
    }

    /** Whether a window (and everything in it) can be answered from memory. */
    boolean covers(Instant from, Instant to) {
        return read(() -> from.isAfter(start) && !to.isAfter(horizon));
    }

    /** Reads and changes up to a later horizon, in log order: those the earlier horizon left out. */
    void extend(Instant newHorizon, List<SourceRead> reads, List<Observation> observations) {
        write(() -> horizon = newHorizon);
        apply(reads, observations);
    }

    /** The characters of the newest payloads of the subjects present: what the views at now read. */
    long presentChars() {
        return read(() -> {
            long chars = 0;
            for (Source source : sources.values()) {
                for (SubjectTrail trail : source.subjects.values()) {
                    chars += trail.presentChars();
                }
            }
            return chars;
        });
    }

    /** How many changes are held after the start (subjects' states at the start not counted). */
    int changeCount() {
        return read(
                () -> sources.values().stream().mapToInt(s -> s.changes.size()).sum());
    }

    /**
     * The instant to {@link #pruneBefore} so that at most {@code kept} changes stay: the observation
     * time of the newest change that would not; the start when there are no more than that.
     */
    Instant startKeeping(int kept) {
        return read(() -> {
            long[] times = sources.values().stream()
                    .flatMap(s -> s.changes.stream())
                    .mapToLong(h -> h.observedAt().getEpochSecond() * 1_000_000_000L
                            + h.observedAt().getNano())
                    .sorted()
                    .toArray();
            if (times.length <= kept) {
                return start;
            }
            long newest = times[times.length - kept - 1];
            return Instant.ofEpochSecond(Math.floorDiv(newest, 1_000_000_000L), Math.floorMod(newest, 1_000_000_000L));
        });
    }

    /** A subject's state at the start, as the database holds it. */
    void addBase(Observation observation) {
        write(() -> source(observation.source())
                .subjects
                .computeIfAbsent(observation.subject(), s -> new SubjectTrail())
                .add(observation));
    }

    /** A host's newest read (or newest delivering read) at the start. */
    void addBaseRead(SourceRead read) {
        write(() -> source(read.source())
                .hosts
                .computeIfAbsent(read.host(), h -> new ReadTrail())
                .add(read));
    }

    /** Reads and their changes committed after the start, in log order. */
    void apply(List<SourceRead> reads, List<Observation> observations) {
        write(() -> {
            for (SourceRead read : reads) {
                source(read.source())
                        .hosts
                        .computeIfAbsent(read.host(), h -> new ReadTrail())
                        .add(read);
            }
            for (Observation o : observations) {
                Source source = source(o.source());
                HeldChange change = new HeldChange(o);
                source.subjects
                        .computeIfAbsent(o.subject(), s -> new SubjectTrail())
                        .add(change);
                source.changes.add(change);
            }
        });
    }

    /** Forgets what no query at or after the new start can see. */
    void pruneBefore(Instant newStart) {
        write(() -> {
            if (!newStart.isAfter(start)) {
                return;
            }
            start = newStart;
            for (Source source : sources.values()) {
                source.subjects.values().removeIf(trail -> !trail.pruneBefore(newStart));
                source.changes.removeIf(h -> !h.observedAt().isAfter(newStart));
                source.hosts.values().forEach(trail -> trail.pruneBefore(newStart));
            }
        });
    }

    /** See {@link LogReader#latestAt}: present subjects at {@code at}, by subject. */
    List<Observation> latestAt(String source, Instant at) {
        return statesAt(source, at, false);
    }

    /** See {@link LogReader#goneAt}: subjects vanished at {@code at}, by subject. */
    List<Observation> goneAt(String source, Instant at) {
        return statesAt(source, at, true);
    }

    private List<Observation> statesAt(String source, Instant at, boolean gone) {
        return read(() -> {
            Source s = sources.get(source);
            List<Observation> out = new ArrayList<>();
            if (s != null) {
                for (SubjectTrail trail : s.subjects.values()) {
                    Observation o = trail.at(at);
                    if (o != null && o.gone() == gone) {
                        out.add(o);
                    }
                }
            }
            return out;
        });
    }

    /** See {@link LogReader#lastPresentBefore}; null when memory holds none (older ones may be in the database). */
    Observation lastPresentBefore(String source, String subject, Instant before) {
        return read(() -> {
            Source s = sources.get(source);
            SubjectTrail trail = s == null ? null : s.subjects.get(subject);
            return trail == null ? null : trail.lastPresentBefore(before);
        });
    }

    /** See {@link LogReader#history}. */
    List<Observation> history(String source, String subject, Instant from, Instant to) {
        return read(() -> {
            Source s = sources.get(source);
            SubjectTrail trail = s == null ? null : s.subjects.get(subject);
            return trail == null ? List.<Observation>of() : trail.between(from, to);
        });
    }

    /** See {@link LogReader#stream}; collected first so the sink runs outside the lock. */
    void stream(String source, Instant from, Instant to, Consumer<Observation> sink) {
        List<Observation> out = read(() -> {
            List<Observation> found = new ArrayList<>();
            for (Map.Entry<String, Source> e : sources.entrySet()) {
                if (source == null || e.getKey().equals(source)) {
                    for (HeldChange h : e.getValue().changes) {
                        if (!h.observedAt().isBefore(from) && !h.observedAt().isAfter(to)) {
                            found.add(h.observation());
                        }
                    }
                }
            }
            found.sort(Comparator.comparingLong(Observation::seq));
            return found;
        });
        out.forEach(sink);
    }

    /** The newest read of a source (by one host, or any when null) at or before {@code at}. */
    Optional<SourceRead> lastRead(String source, String host, Instant at, boolean deliveringOnly) {
        return read(() -> {
            Source s = sources.get(source);
            SourceRead newest = null;
            if (s != null) {
                for (Map.Entry<String, ReadTrail> e : s.hosts.entrySet()) {
                    if (host == null || e.getKey().equals(host)) {
                        SourceRead r = e.getValue().last(at, deliveringOnly);
                        if (r != null && (newest == null || LogOrder.READS.compare(r, newest) > 0)) {
                            newest = r;
                        }
                    }
                }
            }
            return Optional.ofNullable(newest);
        });
    }

    /** The newest {@code limit} reads of a source at or before {@code at}, newest first. */
    List<SourceRead> recentReads(String source, Instant at, int limit) {
        return read(() -> {
            Source s = sources.get(source);
            List<SourceRead> all = new ArrayList<>();
            if (s != null) {
                s.hosts.values().forEach(trail -> all.addAll(trail.recent(at, limit)));
            }
            all.sort(LogOrder.READS.reversed());
            return List.copyOf(all.subList(0, Math.min(Math.max(1, limit), all.size())));
        });
    }

    /** Every read of a source finished within [from, to], oldest first. */
    List<SourceRead> readsBetween(String source, Instant from, Instant to) {
        return read(() -> {
            Source s = sources.get(source);
            List<SourceRead> out = new ArrayList<>();
            if (s != null) {
                s.hosts.values().forEach(trail -> out.addAll(trail.between(from, to)));
            }
            out.sort(LogOrder.READS);
            return out;
        });
    }

    /** Every collector host that had read the source at {@code at}, by name. */
    List<String> hostsRead(String source, Instant at) {
        return read(() -> {
            Source s = sources.get(source);
            List<String> hosts = new ArrayList<>();
            if (s != null) {
                s.hosts.forEach((host, trail) -> {
                    if (trail.readBy(at)) {
                        hosts.add(host);
                    }
                });
            }
            return hosts;
        });
    }

    /** Every source with at least one read, by name. */
    List<String> sourcesRead() {
        return read(() -> sources.entrySet().stream()
                .filter(e -> !e.getValue().hosts.isEmpty())
                .map(Map.Entry::getKey)
                .toList());
    }

    private Source source(String name) {
        return sources.computeIfAbsent(name, n -> new Source());
    }

    private <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
