package dev.commandcenter.fact;

import static dev.commandcenter.fact.FactFields.flag;
import static dev.commandcenter.fact.FactFields.instant;
import static dev.commandcenter.fact.FactFields.maybeWhole;
import static dev.commandcenter.fact.FactFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A Huey consumer as the collector read it from its log and the process table ({@code HueyConsumerRead}).
 * Each instant is null when absent or unreadable.
 *
 * @param pid         its latest start's pid; null when the log records no start
 * @param exited      the log ends with a clean exit
 * @param runningTask the task it started and has not finished; null when none
 */
public record HueyConsumerFact(
        String logFile,
        Long pid,
        ConsumerProcess process,
        boolean exited,
        Instant startedAt,
        Instant lastLineAt,
        RunningTask runningTask)
        implements Fact {

    public static final FactReader<HueyConsumerFact> READER = HueyConsumerFact::read;

    public record RunningTask(String task, String id, Instant since) {}

    private static HueyConsumerFact read(JsonNode payload) {
        JsonNode running = payload.get("running_task");
        return new HueyConsumerFact(
                text(payload, "log_file", ""),
                maybeWhole(payload, "pid"),
                ConsumerProcess.parse(text(payload, "process")),
                flag(payload, "exited"),
                instant(payload, "started_at"),
                instant(payload, "last_line_at"),
                running != null && running.isObject()
                        ? new RunningTask(text(running, "task", ""), text(running, "id", ""), instant(running, "since"))
                        : null);
    }
}
