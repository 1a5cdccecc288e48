package dev.commandcenter.collector.taskqueue;

import java.util.List;
import java.util.Map;

/**
 * The rows of a Huey SQLite store as read in one poll (tables {@code task}, {@code schedule},
 * {@code kv}, {@code counter}); {@link Stats} holds what the optional stats tables say.
 */
public record HueyRows(List<Task> tasks, List<Scheduled> schedule, List<Kv> kv, List<Counter> counters) {

    public record Task(long id, String queue, double priority, byte[] data) {}

    public record Scheduled(long id, String queue, byte[] data, double timestamp) {}

    public record Kv(String queue, String key, byte[] value) {}

    public record Counter(String queue, String key, long value) {}

    /**
     * What {@code huey_event} / {@code huey_inflight} say.
     *
     * @param totals       per queue, task and signal: how many events and the newest one's epoch
     * @param recentErrors the newest {@code error} events, newest first
     * @param enqueuedAt   per task id, when it was enqueued (epoch), for the pending tasks
     * @param inflight     tasks started and not finished
     */
    public record Stats(
            List<Total> totals, List<Event> recentErrors, Map<String, Double> enqueuedAt, List<Event> inflight) {}

    public record Total(String queue, String task, String signal, long count, double lastTs) {}

    public record Event(String queue, String taskId, String task, double ts, String error) {}
}
