package dev.commandcenter.collector.gitea;

import dev.commandcenter.collector.SourceFailure;
import dev.commandcenter.observation.ReadOutcome;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads many repositories, at most {@code concurrency} at a time. Each repository's memory is
 * replaced only when it was read completely, so a failure or a timeout never loses what was known.
 */
final class ForgeReader {

    private final RepoReader reader;
    private final int concurrency;
    private final Clock clock;

    ForgeReader(GiteaClient client, int limit, int maxFiles, int concurrency, Clock clock) {
        this.reader = new RepoReader(client, limit, maxFiles);
        this.concurrency = Math.max(1, concurrency);
        this.clock = clock;
    }

    List<RepoOutcome> readAll(List<RepoTarget> targets, Map<String, RepoMemory> memory) throws SourceFailure {
        if (targets.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, targets.size()), runnable -> {
            Thread thread = new Thread(runnable, "gitea-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Callable<RepoOutcome>> tasks = new ArrayList<>();
            for (RepoTarget target : targets) {
                tasks.add(() -> readOne(target, memory));
            }
            List<RepoOutcome> outcomes = new ArrayList<>();
            for (Future<RepoOutcome> future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(ReadOutcome.TIMEOUT, "the read of Gitea was interrupted");
        } catch (ExecutionException e) {
            throw new SourceFailure(ReadOutcome.ERROR, "reading a repository failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private RepoOutcome readOne(RepoTarget target, Map<String, RepoMemory> memory) {
        List<SubjectSeen> seen = new ArrayList<>();
        try {
            RepoMemory before = memory.getOrDefault(target.fullName(), RepoMemory.NONE);
            memory.put(target.fullName(), reader.read(target, before, clock.instant(), seen));
            return new RepoOutcome(target, seen, null);
        } catch (GiteaReadError e) {
            return new RepoOutcome(target, List.of(), e);
        }
    }
}
