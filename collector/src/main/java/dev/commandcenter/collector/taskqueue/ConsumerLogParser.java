package dev.commandcenter.collector.taskqueue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commandcenter.observation.SubjectKey;
import dev.commandcenter.observation.SubjectSeen;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Huey consumer's liveness from its log (Huey has no heartbeat): the latest start line
 * (pid, start time in naive UTC), the newest line (in the consumer's local time), a clean exit,
 * and a task started but never finished.
 */
final class ConsumerLogParser {

    static final String KIND = "HueyConsumerRead";
    /** A process started this close to the logged start is the logged consumer; further off, a reused pid. */
    static final Duration START_TOLERANCE = Duration.ofSeconds(5);

    private static final Pattern LINE =
            Pattern.compile("^\\[(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}),(\\d{3})] (\\w+):([^:]*):([^:]*):(.*)$");
    private static final Pattern STARTED =
            Pattern.compile("Huey consumer started with (\\d+) \\w+, PID (\\d+) at (.+)$");
    private static final Pattern EXECUTING = Pattern.compile("^Executing (\\S+): (\\S+)");
    private static final Pattern FINISHED =
            Pattern.compile("^(?:\\S+: (\\S+).* executed in |Unhandled exception in task (\\S+?)\\.)");
    private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ConsumerLogParser() {}

    /**
     * @param processes when the process with a pid started, if it is alive
     */
    static SubjectSeen parse(
            String fileName,
            String text,
            Instant modifiedAt,
            ZoneId writerZone,
            LongFunction<Optional<Optional<Instant>>> processes) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("log_file", fileName);
        payload.put("log_modified_at", modifiedAt.toString());
        payload.put("writer_zone", writerZone.getId());
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            if (STARTED.matcher(lines.get(i)).find()) {
                start = i;
            }
        }
        String running = null;
        String runningId = null;
        Instant runningSince = null;
        int executed = 0;
        int failed = 0;
        boolean exited = false;
        Instant lastLineAt = null;
        for (int i = Math.max(0, start); i < lines.size(); i++) {
            Matcher line = LINE.matcher(lines.get(i));
            if (!line.matches()) {
                continue;
            }
            lastLineAt = local(line.group(1), line.group(2), writerZone);
            String message = line.group(6);
            Matcher exec = EXECUTING.matcher(message);
            Matcher done = FINISHED.matcher(message);
            if (exec.find()) {
                running = exec.group(1);
                runningId = exec.group(2);
                runningSince = lastLineAt;
            } else if (done.find()) {
                boolean ok = done.group(1) != null;
                executed += ok ? 1 : 0;
                failed += ok ? 0 : 1;
                running = null;
            } else if (message.equals("Consumer exiting.")) {
                exited = true;
            }
        }
        payload.put("last_line_at", lastLineAt == null ? null : lastLineAt.toString());
        payload.put("executed", executed);
        payload.put("failed", failed);
        payload.put("exited", exited);
        if (running != null && !exited) {
            payload.putObject("running_task")
                    .put("task", running)
                    .put("id", runningId)
                    .put("since", runningSince.toString());
        }
        if (start >= 0) {
            Matcher started = STARTED.matcher(lines.get(start));
            started.find();
            long pid = Long.parseLong(started.group(2));
            payload.put("threads", Integer.parseInt(started.group(1)));
            payload.put("pid", pid);
            Instant startedAt = naiveUtc(started.group(3));
            payload.put("started_at", startedAt == null ? null : startedAt.toString());
            payload.put("process", judge(processes.apply(pid), startedAt));
        } else {
            payload.put("process", "unknown");
        }
        return new SubjectSeen(SubjectKey.HUEY_CONSUMER.of(fileName), KIND, lastLineAt, payload);
    }

    private static String judge(Optional<Optional<Instant>> process, Instant loggedStart) {
        if (process.isEmpty()) {
            return "dead";
        }
        if (process.get().isEmpty() || loggedStart == null) {
            return "alive-unverified";
        }
        Duration off = Duration.between(loggedStart, process.get().get()).abs();
        return off.compareTo(START_TOLERANCE) <= 0 ? "alive" : "pid-reused";
    }

    private static Instant local(String wall, String millis, ZoneId zone) {
        return LocalDateTime.parse(wall, PREFIX)
                .plusNanos(Long.parseLong(millis) * 1_000_000)
                .atZone(zone)
                .toInstant();
    }

    private static Instant naiveUtc(String text) {
        try {
            return LocalDateTime.parse(text.trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
