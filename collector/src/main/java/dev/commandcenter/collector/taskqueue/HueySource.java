package dev.commandcenter.collector.taskqueue;

import dev.commandcenter.collector.PollTiming;
import dev.commandcenter.collector.Source;
import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.collector.SourceSnapshot;
import dev.commandcenter.collector.host.ProcessTable;
import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.files.FileContent;
import dev.commandcenter.observation.KnownSource;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Huey's runtime state from its SQLite store (read only), its optional stats tables and its
 * consumer's log. The store is the source of truth: without it the poll fails; a stats database or
 * log that cannot be read makes the read partial, keeping their last state.
 */
@ApplicationScoped
public class HueySource implements Source {

    static final String DB_SETTING = "command-center.huey.db";
    /** The newest part of the consumer log that is read; a consumer's start line is normally within. */
    static final int LOG_TAIL_BYTES = 1024 * 1024;

    private final HueyConfig config;
    private final ProcessTable processes;

    @Inject
    public HueySource(HueyConfig config, ProcessTable processes) {
        this.config = config;
        this.processes = processes;
    }

    @Override
    public String name() {
        return KnownSource.HUEY.sourceName();
    }

    @Override
    public PollTiming timing() {
        return config;
    }

    @Override
    public SourceSnapshot poll() throws SourceFailure {
        Path db = config.db().orElseThrow(() -> SourceFailure.unconfigured(DB_SETTING));
        ZoneId writerZone = config.writerZone().orElse(ZoneId.systemDefault());
        HueyRows rows = HueyStore.read(db);
        List<String> problems = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        Optional<HueyRows.Stats> stats = Optional.empty();
        if (config.statsDb().isPresent()) {
            try {
                stats = Optional.of(HueyStore.stats(config.statsDb().get(), HueyQueueParser.pendingIds(rows)));
            } catch (SourceFailure failure) {
                problems.add(failure.getMessage());
            }
        }
        List<SubjectSeen> seen = new ArrayList<>(HueyQueueParser.parse(rows, stats, writerZone));
        seen.addAll(PeriodicTasks.parse(config.periodic(), stats));
        if (config.consumerLog().isPresent()) {
            Path log = config.consumerLog().get();
            Optional<String> unreadable = consumerLog(log, writerZone, seen);
            if (unreadable.isPresent()) {
                problems.add("consumer log not read: " + unreadable.get());
                unread.add(SubjectKey.HUEY_CONSUMER.prefix());
            }
        }
        if (problems.isEmpty()) {
            return SourceSnapshot.complete(seen);
        }
        return new SourceSnapshot(ReadOutcome.PARTIAL, String.join("; ", problems), seen, unread);
    }

    /** Adds the consumer's subject read from the log's newest part; else says why it was not read. */
    private Optional<String> consumerLog(Path log, ZoneId writerZone, List<SubjectSeen> seen) {
        FileContent tail = ConfinedFiles.tail(ConfinedFiles.directoryOf(log), log, LOG_TAIL_BYTES);
        if (!tail.present()) {
            return Optional.of(tail.detail());
        }
        try {
            seen.add(ConsumerLogParser.parse(
                    log.getFileName().toString(),
                    new String(tail.bytes(), StandardCharsets.UTF_8),
                    Files.getLastModifiedTime(log).toInstant(),
                    writerZone,
                    this::consumerStart));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(log + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether the consumer's pid is alive, and when that process started if the platform says: a pid may be reused. */
    private Optional<Optional<Instant>> consumerStart(long pid) {
        return processes.find(pid).map(process -> Optional.ofNullable(process.startedAt()));
    }
}
